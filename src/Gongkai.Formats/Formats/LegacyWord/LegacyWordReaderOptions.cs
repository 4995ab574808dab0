using Gongkai.Formats.Docx;

namespace Gongkai.Formats.LegacyWord;

/// <summary>How legacy documents are converted: which LibreOffice, how long it may take, and the limits for the DOCX it makes.</summary>
public sealed record LegacyWordReaderOptions
{
    public static LegacyWordReaderOptions Default { get; } = new();

    /// <summary>
    /// The soffice program; null takes the GONGKAI_SOFFICE environment variable, else looks for soffice or libreoffice
    /// on the PATH and in the usual install folders.
    /// </summary>
    public string? SofficePath { get; init; }

    /// <summary>A conversion that takes longer is stopped (default 120 s; a first run builds LibreOffice's profile, a few seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Where the throwaway input, output and LibreOffice profile folders go; null for the system's temporary folder.</summary>
    public string? TempRoot { get; init; }

    /// <summary>Limits for reading the converted DOCX.</summary>
    public DocxReaderOptions Docx { get; init; } = DocxReaderOptions.Default;
}
