using System.Collections.Immutable;

namespace Gongkai.Formats.Layout;

/// <summary>
/// What a format reader extracts from a document before anything is interpreted: paragraphs and tables in reading
/// order, each with its place in the source. The <see cref="Assembly.ReportAssembler"/> turns it into a report.
/// </summary>
/// <param name="SourceLength">Length of the decoded source text that spans refer to.</param>
/// <param name="Format">The format name ("text", "html", …).</param>
/// <param name="Original">
/// The source text before full-width normalisation, when the reader has it: same length, same offsets. Labels are
/// compared with the official text as printed, so "（一）" printed full-width is exact and "(一)" is a variant.
/// </param>
public sealed record LayoutDocument(ImmutableArray<LayoutBlock> Blocks, int SourceLength, string Format, string? Original = null)
{
    /// <summary>The text at <paramref name="where"/> as originally printed, or <paramref name="normalized"/> when unknown.</summary>
    public string Printed(Gongkai.Text.SourceRef where, string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (Original is null || where.IsNone || where.Span.End > Original.Length || where.Span.Length != normalized.Length)
        {
            return normalized;
        }

        var original = Original.AsSpan(where.Span.Start, where.Span.Length);
        return original.SequenceEqual(normalized) ? normalized : original.ToString();
    }
}
