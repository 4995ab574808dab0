namespace Gongkai.Formats.Assembly;

/// <summary>
/// The cell index at which each column header was printed, for tables 2 and 3, collected over the header rows of one
/// printed table. Used to place values only when a row's count of values does not settle it.
/// </summary>
internal sealed class HeaderPositions
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);

    public bool IsEmpty => _columns.Count == 0;

    public void AddColumn(string key, int index) => _columns.TryAdd(key, index);

    public void AddColumnInGroup(string group, string key, int index) => _columns.TryAdd(group + "/" + key, index);

    public void AddGroup(string key, int index) => _groups.TryAdd(key, index);

    public int? Column(string key) => _columns.TryGetValue(key, out var i) ? i : null;

    public IReadOnlyDictionary<string, int> Groups => _groups;

    public IReadOnlyDictionary<string, int> Columns => _columns;

    public void Clear()
    {
        _columns.Clear();
        _groups.Clear();
    }
}
