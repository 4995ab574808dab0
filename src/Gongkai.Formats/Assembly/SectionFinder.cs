using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>
/// Finds the title, the preamble and the six sections among the paragraphs. A heading is a short paragraph numbered
/// 一、…六、 whose words are those of a section (allowing the common variants); the first heading of each section wins,
/// so a second "一、" inside section 一 stays prose.
/// </summary>
internal static partial class SectionFinder
{
    public sealed record Result(
        LayoutParagraph? Title,
        ImmutableArray<Sourced<string>> Preamble,
        ImmutableArray<ReportSection> Sections,
        ImmutableArray<SectionId?> BlockSections);

    private sealed class Open(SectionId id, LayoutParagraph heading, LabelMatchKind kind)
    {
        public SectionId Id { get; } = id;

        public LayoutParagraph Heading { get; } = heading;

        public LabelMatchKind Kind { get; } = kind;

        public ImmutableArray<Sourced<string>>.Builder Paragraphs { get; } = ImmutableArray.CreateBuilder<Sourced<string>>();
    }

    public static Result Find(LayoutDocument doc, ReportSchema schema)
    {
        var blocks = doc.Blocks;
        var blockSections = new SectionId?[blocks.Length];
        var preamble = ImmutableArray.CreateBuilder<Sourced<string>>();
        var sections = new List<Open>(6);
        var seen = new bool[7];
        LayoutParagraph? title = null;
        Open? current = null;

        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is not LayoutParagraph p)
            {
                blockSections[i] = current?.Id;
                continue;
            }

            if (p.Text.Length <= MaxHeadingLength && TryHeading(p.Raw ?? doc.Printed(p.Where, p.Text), schema, out var id, out var kind) && !seen[(int)id])
            {
                seen[(int)id] = true;
                current = new Open(id, p, kind);
                sections.Add(current);
                blockSections[i] = id;
                continue;
            }

            blockSections[i] = current?.Id;
            if (current is not null)
            {
                current.Paragraphs.Add(new Sourced<string>(p.Text, p.Where));
            }
            else if (title is null && preamble.Count == 0 && IsTitle(p))
            {
                title = p;
            }
            else
            {
                preamble.Add(new Sourced<string>(p.Text, p.Where));
            }
        }

        var built = ImmutableArray.CreateBuilder<ReportSection>(sections.Count);
        for (var s = 0; s < sections.Count; s++)
        {
            var o = sections[s];
            var start = o.Heading.Where.Span.Start;
            var end = s + 1 < sections.Count ? sections[s + 1].Heading.Where.Span.Start : doc.SourceLength;
            built.Add(new ReportSection(o.Id, new Sourced<string>(o.Heading.Text, o.Heading.Where), o.Kind, o.Paragraphs.ToImmutable(), TextSpan.FromBounds(start, Math.Max(start, end))));
        }

        return new Result(title, preamble.ToImmutable(), built.MoveToImmutable(), [.. blockSections]);
    }

    private static bool IsTitle(LayoutParagraph p)
    {
        if (p.Text.Length > 80)
        {
            return false;
        }

        // a traditional-character mirror's "…年度報告" is a title too
        var text = TraditionalChinese.ToSimplifiedChars(p.Text);
        return text.Contains("报告", StringComparison.Ordinal) || text.Contains("年报", StringComparison.Ordinal) || p.HeadingLevel == 1;
    }

    /// <summary>Recognises a section heading and says how close it is to the official wording.</summary>
    private const int MaxHeadingLength = 60;

    public static bool TryHeading(string text, ReportSchema schema, out SectionId id, out LabelMatchKind kind)
    {
        id = default;
        kind = LabelMatchKind.Unknown;
        if (text.Length > MaxHeadingLength || text.Length < 3)
        {
            return false;
        }

        var m = NumberedHeading().Match(text);
        if (!m.Success)
        {
            // an unnumbered heading counts only when it is word for word an official one ("总体情况")
            var key = LabelNormalizer.SimplifiedKey(text);
            for (var i = 0; i < HeadingKeys.Length; i++)
            {
                if (Array.IndexOf(HeadingKeys[i], key) >= 0)
                {
                    id = (SectionId)(i + 1);
                    kind = LabelMatchKind.Typography;
                    return true;
                }
            }

            return false;
        }

        var numeral = LabelIndex.ParseChineseNumber(m.Groups["n"].ValueSpan);
        var core = LabelNormalizer.SimplifiedKey(m.Groups["rest"].Value);
        if (core.Length == 0)
        {
            return false;
        }

        // most headings are word for word an official one: no need for edit distances
        for (var i = 0; i < HeadingKeys.Length; i++)
        {
            var at = Array.IndexOf(HeadingKeys[i], core);
            if (at >= 0)
            {
                id = (SectionId)(i + 1);
                kind = at > 0 ? LabelMatchKind.Alias : text == schema.Sections[i].FullHeading ? LabelMatchKind.Exact : LabelMatchKind.Typography;
                return true;
            }
        }

        SectionDef? best = null;
        var bestScore = 0.0;
        foreach (var s in schema.Sections)
        {
            var score = Score(core, s);
            if (score > bestScore)
            {
                bestScore = score;
                best = s;
            }
        }

        if (best is not null && bestScore >= 0.75)
        {
            id = best.Id;
            kind = text == best.FullHeading ? LabelMatchKind.Exact
                : core == HeadingKeys[(int)best.Id - 1][0] ? LabelMatchKind.Typography
                : bestScore >= 0.999 ? LabelMatchKind.Alias
                : LabelMatchKind.Fuzzy;
            return true;
        }

        // the numeral says which section, and the heading has that section's words
        if (numeral is >= 1 and <= 6)
        {
            var s = schema.Sections[numeral - 1];
            foreach (var k in s.Keywords)
            {
                if (core.Contains(k, StringComparison.Ordinal) && (s.Id != SectionId.Other || core.Contains("事项", StringComparison.Ordinal)))
                {
                    id = s.Id;
                    kind = LabelMatchKind.Alias;
                    return true;
                }
            }
        }

        return false;
    }

    // the sections are the same in both editions; their comparison keys are computed once
    private static readonly string[][] HeadingKeys =
        [.. ReportSchema.Edition2021.Sections.Select(s => new[] { LabelNormalizer.Key(s.Heading) }.Concat(s.AltHeadings.Select(LabelNormalizer.Key)).ToArray())];

    private static double Score(string core, SectionDef s)
    {
        var keys = HeadingKeys[(int)s.Id - 1];
        var best = LabelIndex.Similarity(core, keys[0]);
        for (var i = 1; i < keys.Length; i++)
        {
            var sim = core == keys[i] ? 0.999 : LabelIndex.Similarity(core, keys[i]) * 0.99;
            best = Math.Max(best, sim);
        }

        return best;
    }

    [GeneratedRegex(@"^(?:第\s*)?(?<n>[一二三四五六七八九十]{1,2})\s*(?:[、.．]|部分[：:、]?)\s*(?<rest>.+)$")]
    private static partial Regex NumberedHeading();
}
