namespace Gongkai.Formats.Docx;

/// <summary>Registers the DOCX format.</summary>
public static class DocxModule
{
    public static void Register(FormatRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add(DocxFormat.Instance);
    }
}
