namespace Gongkai.Formats.LegacyWord;

/// <summary>Registers the formats read through LibreOffice: Word 97–2003/WPS and RTF.</summary>
public static class LegacyWordModule
{
    public static void Register(FormatRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add(LegacyWordFormat.Instance);
        registry.Add(RtfFormat.Instance);
    }
}
