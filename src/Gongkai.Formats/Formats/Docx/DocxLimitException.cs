using Gongkai.Diagnostics;

namespace Gongkai.Formats.Docx;

/// <summary>Stops a walk that passed a safety limit; the reader turns it into its diagnostic. Never escapes the reader.</summary>
internal sealed class DocxLimitException(Diagnostic diagnostic) : Exception(diagnostic.Id)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
