namespace Gongkai.Formats.PlainText;

/// <summary>Registers the plain-text format.</summary>
public static class PlainTextModule
{
    public static void Register(FormatRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add(PlainTextFormat.Instance);
    }
}
