namespace Gongkai.Formats.Html;

/// <summary>Registers the HTML format.</summary>
public static class HtmlModule
{
    public static void Register(FormatRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add(HtmlFormat.Instance);
    }
}
