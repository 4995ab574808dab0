namespace Gongkai.Formats.Assembly;

/// <summary>The keys of the printed notes (see <see cref="Schema.PrintedNote"/>).</summary>
internal static class SchemaBuilderKeys
{
    public const string Balance = "balance";
    public const string PartialOnce = "partial_once";
    public const string Unit10kYuan = "unit_10k_yuan";
}
