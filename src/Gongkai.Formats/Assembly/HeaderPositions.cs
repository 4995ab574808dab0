namespace Gongkai.Formats.Assembly;

/// <summary>
/// The cell index at which each column header was printed, for tables 2 and 3, collected over the header rows of one
/// printed table. Used to place values only when a row's count of values does not settle it.
/// </summary>
internal sealed class HeaderPositions
{
    private static readonly Dictionary<string, int> None = [];
    private Dictionary<string, int>? _columns;
    private Dictionary<string, int>? _groups;

    public bool IsEmpty => _columns is null;

    public void AddColumn(string key, int index) => (_columns ??= new(StringComparer.Ordinal)).TryAdd(key, index);

    public void AddColumnInGroup(string group, string key, int index) => AddColumn(group + "/" + key, index);

    public void AddGroup(string key, int index) => (_groups ??= new(StringComparer.Ordinal)).TryAdd(key, index);

    public int? Column(string key) => _columns is not null && _columns.TryGetValue(key, out var i) ? i : null;

    public IReadOnlyDictionary<string, int> Groups => _groups ?? None;

    public IReadOnlyDictionary<string, int> Columns => _columns ?? None;
}
