using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Text;
using T2 = Gongkai.Schema.SchemaIds.T2;

namespace Gongkai.Rules.Narrative;

/// <summary>
/// N5: counts per outcome in the prose ("予以公开及部分公开42件、不予公开5件…") equal table 2's rows or groups, and
/// the percentages stated with them recompute.
/// </summary>
/// <remarks>
/// Only paragraphs about applications (申请, 办结, 答复) are read, and no sentence about 主动公开, so proactive
/// disclosure figures are not taken for outcomes.
/// A row's figure is its 总计 cell, or — when the 总计 column was left blank, as some reports do on result rows — the
/// sum of its applicant columns (and the message says so).
/// </remarks>
public sealed partial class N5OutcomeCountsRule : IReportRule
{
    public const string Id = "N5";
    public const string Count = "N5.count";
    public const string Percent = "N5.percent";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Narrative,
        "正文办理结果与表二",
        "Outcomes: prose against table 2",
        "正文所称各类办理结果的件数（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）应等于表二相应行或各项之和；所称百分比应与件数相符。",
        "The numbers of each outcome the prose states (disclosed, partly disclosed, not disclosed, cannot be provided, not processed, other handling) must equal table 2's rows or groups; stated percentages must recompute.",
        [
            new(Count, "正文“{quote}”称{outcome} {stated} 件，表二为 {table}{sumNote}", "the prose (“{quote}”) says {stated} were {outcome}, but table 2 says {table}{sumNote}"),
            new(Percent, "正文“{quote}”称占 {stated}%，按表二 {count}/{total} 应为 {computed}%", "the prose (“{quote}”) says {stated}%, but table 2 gives {count}/{total} = {computed}%"),
        ])
    {
        SeverityNote = "percentages that do not recompute are reported as info",
    };

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tally = new RuleTally(Rule);
        var any = false;
        foreach (var p in report.Prose)
        {
            var text = p.Value;
            if (text.IndexOf('件') < 0 || !(text.Contains("公开", StringComparison.Ordinal) || text.Contains("处理", StringComparison.Ordinal) || text.Contains("无法提供", StringComparison.Ordinal)))
            {
                continue;
            }

            if (!(text.Contains("申请", StringComparison.Ordinal) || text.Contains("办结", StringComparison.Ordinal) || text.Contains("答复", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (Match m in OutcomeRegex().Matches(text))
            {
                if (Sentence(text, m.Index).Contains("主动公开", StringComparison.Ordinal))
                {
                    continue;
                }

                var (rows, zh, en) = Rows(report, m.Groups["what"].Value);
                if (rows.Length == 0)
                {
                    continue;
                }

                any = true;
                var stated = decimal.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
                var (value, fromColumns, cells, assessable) = Figure(report, rows);
                if (!assessable)
                {
                    tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", cells[0])));
                    continue;
                }

                var where = ProseText.At(p, m.Index, m.Length);
                var quote = m.Value;
                if (value != stated)
                {
                    tally.Fail(tally.Finding(
                        Count,
                        report,
                        cells,
                        where,
                        Severity.Warning,
                        Args.Text("quote", quote),
                        Args.Words("outcome", zh, en),
                        Args.Number("stated", stated),
                        Args.Number("table", value),
                        fromColumns ? new MessageArg("sumNote", "（“总计”栏空白，按各申请人类型之和）", " (the total column is blank: applicant columns summed)") : new MessageArg("sumNote", string.Empty, string.Empty)));
                    continue;
                }

                tally.Pass();
                if (m.Groups["p"].Success && Total(report) is { } total && total > 0)
                {
                    var pct = decimal.Parse(m.Groups["p"].ValueSpan, CultureInfo.InvariantCulture);
                    var computed = Math.Round(value * 100 / total, 2);
                    var decimals = m.Groups["p"].Value.Contains('.', StringComparison.Ordinal) ? m.Groups["p"].Value.Length - m.Groups["p"].Value.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                    if (Math.Abs(pct - computed) > (decimal)Math.Pow(10, -decimals) / 2 + 0.005m)
                    {
                        tally.Note(tally.Finding(
                            Percent,
                            report,
                            cells,
                            where,
                            Severity.Info,
                            Args.Text("quote", quote),
                            Args.Number("stated", pct),
                            Args.Number("count", value),
                            Args.Number("total", total),
                            Args.Number("computed", computed)));
                    }
                }
            }
        }

        return any ? tally.Build() : NarrativeCheck.NoClaim(Rule);
    }

    private static string Sentence(string text, int at)
    {
        var start = ProseText.SentenceStart(text, at);
        var end = ProseText.SentenceEnd(text, at);
        return text[start..Math.Max(start, Math.Min(end, text.Length))];
    }

    /// <summary>The rows an outcome word names, with its Chinese and English name.</summary>
    private static (string[] Rows, string Zh, string En) Rows(ReportModel report, string what)
    {
        var t2 = report.Schema.Applications;
        string[] Group(string g) => [.. t2.RowsOf(g).Select(r => r.Key)];
        return what switch
        {
            "予以公开" => ([T2.Granted], "予以公开", "disclosed"),
            "部分公开" => ([T2.Partial], "部分公开", "partly disclosed"),
            "不予公开" => (Group(T2.Denied), "不予公开", "not disclosed"),
            "无法提供" => (Group(T2.Unable), "无法提供", "not providable"),
            "不予处理" => (Group(T2.NotProcessed), "不予处理", "not processed"),
            "其他处理" => (t2.TryGetRow(T2.OtherRow2019, out _) ? [T2.OtherRow2019] : Group(T2.Other), "其他处理", "otherwise handled"),
            _ => ([T2.Granted, T2.Partial], "予以公开及部分公开", "disclosed in full or in part"),
        };
    }

    /// <summary>The figure of some rows: their 总计 cells, or where those are blank their applicant columns.</summary>
    private static (decimal Value, bool FromColumns, string[] Cells, bool Assessable) Figure(ReportModel report, string[] rows)
    {
        decimal sum = 0;
        var fromColumns = false;
        var cells = new List<string>();
        foreach (var row in rows)
        {
            var totalId = T2.Cell(row, T2.Total);
            var total = report.Tables[totalId].Value;
            if (total.IsAbsent || total.State == CellState.Unreadable)
            {
                return (0, false, [totalId], false);
            }

            if (total.IsNumber)
            {
                sum += total.Number;
                cells.Add(totalId);
                continue;
            }

            foreach (var c in report.Schema.Applications.Columns)
            {
                if (c.Key == T2.Total)
                {
                    continue;
                }

                var id = T2.Cell(row, c.Key);
                var v = report.Tables[id].Value;
                if (v.IsNumber && v.Number != 0)
                {
                    sum += v.Number;
                    cells.Add(id);
                    fromColumns = true;
                }
            }
        }

        return (sum, fromColumns, [.. cells], true);
    }

    private static decimal? Total(ReportModel report) => report.Tables[T2.Cell(T2.ResultsTotal, T2.Total)].Value.AsNumber();

    [GeneratedRegex(@"(?<what>(?:予以)?公开(?:及|和|与|、)部分公开|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)(?:的)?(?:申请)?(?:共|为)?\s*(?<n>\d+)\s*件(?:[，,、]?\s*(?:占(?:比)?|比例为)\s*(?<p>\d+(?:\.\d+)?)\s*%)?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OutcomeRegex();
}
