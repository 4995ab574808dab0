namespace Gongkai.Formats.Html;

/// <summary>An entry of the list of active formatting elements: its tag as written, and whether it is open now.</summary>
internal sealed class ActiveFormatting(string name, string key)
{
    public string Name { get; } = name;

    public string Key { get; } = key;

    public bool Open { get; set; }
}
