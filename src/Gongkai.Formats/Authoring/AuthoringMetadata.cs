using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Writing;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// The metadata of an authoring file: body, year, title and 统计期限. The model's metadata is what a reader would find
/// in the written report, so the title is the one printed and the 统计期限 is the one the prose states: when the prose
/// states none, a sentence stating it is added at the end of the preamble.
/// </summary>
internal static partial class AuthoringMetadata
{
    /// <summary>The mark of the template's prompts, which a finished report must not keep.</summary>
    public const string PromptMarker = "（请填写";

    public static ReportMetadata Read(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> top, Sourced<int> year, AuthoringDiagnostics diagnostics)
    {
        var body = AuthoringYaml.Text(top, AuthoringKeys.Body) is { Value.Length: > 0 } b ? new Sourced<string>(b.Value, diagnostics.Ref(top[AuthoringKeys.Body].Value)) : (Sourced<string>?)null;
        var title = AuthoringYaml.Text(top, AuthoringKeys.Title) is { Value.Length: > 0 } t ? new Sourced<string>(t.Value, diagnostics.Ref(top[AuthoringKeys.Title].Value)) : (Sourced<string>?)null;
        if (body is null && title is null)
        {
            diagnostics.Add(AuthoringMessages.MissingKey, Severity.Error, SourceRef.None, MessageArg.Of("key", AuthoringKeys.Body), new MessageArg("what", "报告机关", "the reporting body"));
        }

        title ??= new Sourced<string>(ReportOutline.ComposeTitle(body?.Value, year.Value), body?.Where ?? year.Where);
        return new ReportMetadata { Title = title, Body = body, Year = year };
    }

    /// <summary>
    /// The 统计期限: as the prose states it (preamble or section 一, where readers look), else as the file gives it, else
    /// the whole year — added to the preamble as a sentence so the written report states it. An as-read file adds nothing.
    /// </summary>
    public static (ReportMetadata, ImmutableArray<Sourced<string>>) Period(
        Dictionary<string, (YamlScalarNode Key, YamlNode Value)> top,
        ReportMetadata metadata,
        ImmutableArray<Sourced<string>> preamble,
        ImmutableArray<ReportSection> sections,
        bool asRead,
        AuthoringDiagnostics diagnostics)
    {
        var year = metadata.Year!.Value.Value;
        DateRange? given = null;
        var node = top.GetValueOrDefault(AuthoringKeys.Period).Value;
        if (AuthoringYaml.Text(top, AuthoringKeys.Period) is { Value.Length: > 0 } p)
        {
            given = ParsePeriod(p.Value);
            if (given is null)
            {
                diagnostics.Error(AuthoringMessages.BadValue, node, MessageArg.Of("key", AuthoringKeys.Period), MessageArg.Of("value", p.Value), new MessageArg("why", "应写作“2025-01-01 至 2025-12-31”", "write it as \"2025-01-01 至 2025-12-31\""));
            }
        }

        var early = preamble.Concat(sections.Where(s => s.Id == SectionId.Overview).SelectMany(s => s.Paragraphs));
        foreach (var para in early)
        {
            if (!MetadataReader.TryPeriod(para.Value, out var stated, out var index, out var length))
            {
                continue;
            }

            var where = para.Where.IsNone ? para.Where : para.Where with { Span = new TextSpan(para.Where.Span.Start + index, length), Column = para.Where.Column + index };
            if (given is { } g && g != stated)
            {
                diagnostics.Add(AuthoringMessages.PeriodMismatch, Severity.Error, where, MessageArg.Of("period", Show(g)), MessageArg.Of("prose", Show(stated)));
            }
            else if (given is null && (stated.Start.Year != year || stated.End.Year != year))
            {
                diagnostics.Add(AuthoringMessages.PeriodYear, Severity.Warning, where, MessageArg.Of("prose", Show(stated)), MessageArg.Of("year", year));
            }

            return (metadata with { StatisticalPeriod = new Sourced<DateRange>(stated, where) }, preamble);
        }

        if (asRead)
        {
            // a faithful copy of a document that did not state it: nothing is added
            return (given is { } r ? metadata with { StatisticalPeriod = new Sourced<DateRange>(r, diagnostics.Ref(node)) } : metadata, preamble);
        }

        var range = given ?? new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var sentence = "本报告中所列数据的统计期限为" + Show(range) + "。";
        var at = node is null ? SourceRef.None : diagnostics.Ref(node);
        return (metadata with { StatisticalPeriod = new Sourced<DateRange>(range, at) }, preamble.Add(new Sourced<string>(sentence, at)));
    }

    /// <summary>A warning for each section that still holds the template's prompt text.</summary>
    public static void CheckPrompts(ImmutableArray<Sourced<string>> preamble, ImmutableArray<ReportSection> sections, AuthoringDiagnostics diagnostics)
    {
        foreach (var (name, en, paragraphs) in sections.Select(s => (s.Heading.Value, "section " + (int)s.Id, s.Paragraphs)).Prepend(("导语", "the preamble", preamble)))
        {
            foreach (var p in paragraphs)
            {
                var at = p.Value.IndexOf(PromptMarker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var end = p.Value.IndexOf('）', at);
                    var text = end > at ? p.Value[at..(end + 1)] : p.Value[at..];
                    diagnostics.Add(AuthoringMessages.Prompt, Severity.Warning, p.Where, new MessageArg("section", "“" + name + "”", en), MessageArg.Of("text", text));
                    break;
                }
            }
        }
    }

    /// <summary>"2025年1月1日至2025年12月31日", as reports write it.</summary>
    public static string Show(DateRange range) =>
        string.Create(CultureInfo.InvariantCulture, $"{range.Start.Year}年{range.Start.Month}月{range.Start.Day}日至{range.End.Year}年{range.End.Month}月{range.End.Day}日");

    /// <summary>"2025-01-01 至 2025-12-31", "2025-01-01..2025-12-31" or "2025年1月1日至2025年12月31日".</summary>
    public static DateRange? ParsePeriod(string text)
    {
        var m = PeriodPattern().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        try
        {
            var from = new DateOnly(N(m, "y1"), N(m, "m1"), N(m, "d1"));
            var to = new DateOnly(N(m, "y2"), N(m, "m2"), N(m, "d2"));
            return to >= from ? new DateRange(from, to) : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int N(Match m, string g) => int.Parse(m.Groups[g].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y1>\d{4})\s*[-年/.]\s*(?<m1>\d{1,2})\s*[-月/.]\s*(?<d1>\d{1,2})\s*日?\s*(?:至|到|~|～|\.\.|—|–|-)\s*(?<y2>\d{4})\s*[-年/.]\s*(?<m2>\d{1,2})\s*[-月/.]\s*(?<d2>\d{1,2})\s*日?$")]
    private static partial Regex PeriodPattern();
}
