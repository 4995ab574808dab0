using System.Collections.Immutable;
using Gongkai.Labels;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Reports;

/// <summary>One of the six sections as found in the document: its heading and the paragraphs of prose under it.</summary>
/// <param name="Id">Which section it is.</param>
/// <param name="Heading">The heading as printed.</param>
/// <param name="HeadingMatch">How the heading relates to the official one.</param>
/// <param name="Paragraphs">The prose (tables excluded), in order.</param>
/// <param name="Span">From the heading to the end of the section.</param>
public sealed record ReportSection(SectionId Id, Sourced<string> Heading, LabelMatchKind HeadingMatch, ImmutableArray<Sourced<string>> Paragraphs, TextSpan Span)
{
    /// <summary>The paragraphs joined by newlines.</summary>
    public string Text => string.Join('\n', Paragraphs.Select(p => p.Value));
}
