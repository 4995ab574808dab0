namespace Gongkai.Formats.Pdf;

/// <summary>Registers the PDF format.</summary>
public static class PdfModule
{
    public static void Register(FormatRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add(PdfFormat.Instance);
    }
}
