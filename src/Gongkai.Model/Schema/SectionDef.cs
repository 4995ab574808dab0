using System.Collections.Immutable;

namespace Gongkai.Schema;

/// <summary>A section of the report: its numeral, official heading and accepted variants.</summary>
/// <param name="Keywords">Words a heading must contain to be recognised as this section when its wording differs.</param>
public sealed record SectionDef(SectionId Id, string Numeral, string Heading, string English, ImmutableArray<string> AltHeadings, ImmutableArray<string> Keywords)
{
    public string FullHeading => Numeral + "、" + Heading;
}
