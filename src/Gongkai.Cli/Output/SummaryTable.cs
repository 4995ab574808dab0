using System.Globalization;
using Gongkai.Cli.Batch;
using Gongkai.Diagnostics;
using Gongkai.Localization;
using Gongkai.Rules;
using Gongkai.Schema;

namespace Gongkai.Cli.Output;

/// <summary>
/// One row per file of a batch, for spreadsheets: body, year, edition, format, counts of findings, and each rule's
/// status. Files that could not be read have a row too, with the reason.
/// </summary>
internal sealed class SummaryTable
{
    private SummaryTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<object?>> rows, int firstRuleColumn)
    {
        Header = header;
        Rows = rows;
        FirstRuleColumn = firstRuleColumn;
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>Cells are strings, ints or null.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    public int FirstRuleColumn { get; }

    public static SummaryTable Build(IReadOnlyList<CheckOutcome> outcomes, Language lang)
    {
        var rules = RuleCatalog.All.Select(r => r.Descriptor.Id).ToArray();
        var header = new List<string>
        {
            Ui.T(lang, "文件", "file"),
            Ui.T(lang, "格式", "format"),
            Ui.T(lang, "机关", "body"),
            Ui.T(lang, "年度", "year"),
            Ui.T(lang, "格式版本", "edition"),
            Ui.T(lang, "读取", "read"),
            Ui.T(lang, "错误", "errors"),
            Ui.T(lang, "警告", "warnings"),
            Ui.T(lang, "提示", "infos"),
            Ui.T(lang, "说明", "note"),
            Ui.T(lang, "上一年度报告", "prior"),
        };
        var first = header.Count;
        header.AddRange(rules);
        var rows = new List<IReadOnlyList<object?>>(outcomes.Count);
        foreach (var o in outcomes)
        {
            var row = new object?[header.Count];
            row[0] = o.Path;
            row[10] = o.PriorPath;
            row[1] = o.Audit?.Format ?? o.Format;
            if (o.Audit is { } a)
            {
                row[2] = a.Body;
                row[3] = a.Year;
                row[4] = a.Edition == ReportEdition.Unknown ? null : ((int)a.Edition).ToString(CultureInfo.InvariantCulture);
                row[5] = Ui.T(lang, "已读取", "read");
                row[6] = a.Errors;
                row[7] = a.Warnings;
                row[8] = a.Infos;
                var firstError = a.Findings.FirstOrDefault(f => f.Severity == Severity.Error);
                row[9] = firstError is null ? null : firstError.Id + " " + MessageFormatter.Format(firstError, Catalogs.All, lang);
                for (var i = 0; i < rules.Length; i++)
                {
                    var r = a.Results.FirstOrDefault(x => x.RuleId == rules[i]);
                    row[first + i] = r is null ? null : Status(r.Status, lang);
                }
            }
            else
            {
                row[5] = o.IsNotAReport ? Ui.T(lang, "不是年度报告", "not a report") : Ui.T(lang, "无法读取", "unreadable");
                var why = o.Problems.FirstOrDefault(p => p.Severity == Severity.Error) ?? o.Problems.FirstOrDefault();
                row[9] = why is null ? null : why.Id + " " + MessageFormatter.Format(why, Catalogs.All, lang);
            }

            rows.Add(row);
        }

        return new SummaryTable(header, rows, first);
    }

    private static string Status(RuleStatus status, Language lang) => status switch
    {
        RuleStatus.Pass => Ui.T(lang, "通过", "pass"),
        RuleStatus.Fail => Ui.T(lang, "未通过", "fail"),
        _ => Ui.T(lang, "无法核验", "n/a"),
    };
}
