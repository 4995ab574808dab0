using Gongkai.Text;

namespace Gongkai.Formats.Layout;

/// <summary>One cell of a table row as the document printed it: its text (normalised, trimmed) and where it stood.</summary>
/// <param name="Text">The text after full-width normalisation (<see cref="Labels.LabelNormalizer.NormalizeText"/>), trimmed.</param>
/// <param name="Where">Where it stood in the source.</param>
/// <param name="Raw">
/// The text as printed, before normalisation, when it differs from <paramref name="Text"/> and the reader cannot give
/// it through <see cref="LayoutDocument.Original"/> (HTML, DOCX, PDF: their spans do not index a plain text of the
/// same length). Labels are judged on it: "（一）" printed full-width is exact, "(一)" a typography variant.
/// </param>
public readonly record struct LayoutCell(string Text, SourceRef Where, string? Raw = null)
{
    /// <summary>
    /// True when the reader saw a value at this place but could not tell which column it belongs to (a PDF number
    /// standing under no column header): the cell reads as unreadable, with <see cref="Text"/> as what was printed,
    /// rather than as a number in a column that may be wrong.
    /// </summary>
    public bool Unplaced { get; init; }
}
