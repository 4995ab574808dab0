using System.Globalization;

namespace Gongkai.Text;

/// <summary>
/// Where a value stood in its source: a span of the decoded text, its 1-based line and column, and for paged
/// or structured sources (PDF, DOCX) an optional anchor such as "p3" or "table 2, row 5, cell 3".
/// </summary>
/// <remarks>
/// <see cref="None"/> (line 0) marks a value that has no place in the source, such as an absent row.
/// </remarks>
public readonly record struct SourceRef(TextSpan Span, int Line, int Column, string? Anchor = null)
{
    public static SourceRef None => default;

    public bool IsNone => Line == 0;

    /// <summary>"12:5" or "12:5 (p3)"; empty for <see cref="None"/>.</summary>
    public string ToDisplayString()
    {
        if (IsNone)
        {
            return string.Empty;
        }

        var at = string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}");
        return Anchor is null ? at : $"{at} ({Anchor})";
    }

    public override string ToString() => IsNone ? "-" : string.Create(CultureInfo.InvariantCulture, $"{Span} {Line}:{Column}");
}
