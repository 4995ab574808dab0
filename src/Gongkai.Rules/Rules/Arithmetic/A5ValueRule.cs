using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Schema;

namespace Gongkai.Rules.Arithmetic;

/// <summary>
/// A5: every printed value suits its column. A count is a non-negative integer, a 万元 fee a non-negative decimal,
/// a 2019 本年增/减 any integer. Text that is not a number is an error. Blank cells and placeholders ("/", "—")
/// are not errors of the format but leave the reader guessing whether 0 was meant, so they are warnings,
/// gathered into one finding per table: a report that blanks its whole 总计 column deserves one remark, not forty.
/// </summary>
/// <remarks>Absent cells are F3's business, not A5's.</remarks>
public sealed class A5ValueRule : IReportRule
{
    public const string Id = "A5";
    public const string NotCount = "A5.not_count";
    public const string NotInteger = "A5.not_integer";
    public const string NegativeAmount = "A5.negative_amount";
    public const string Unreadable = "A5.unreadable";
    public const string NotFilled = "A5.not_filled";

    /// <summary>How many cells a "not filled in" finding names before it says "…".</summary>
    private const int ListedCells = 8;

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Error,
        RuleCategory.Arithmetic,
        "数值合规",
        "Values suit their columns",
        "件数应为非负整数，“本年增/减”应为整数，万元金额应为非负数；无法识别为数字的内容为错误。空白或“/”“—”等占位符表示未填写，与 0 不同，按表汇总提示。",
        "Counts must be non-negative integers, 2019 changes integers, amounts in 10,000 yuan non-negative; text that is not a number is an error. Blank cells and placeholders (\"/\", \"—\") mean \"not filled in\", which is not the same as 0; they are reported once per table.",
        [
            new(NotCount, "{cell}：{value} 不是非负整数", "{cell}: {value} is not a non-negative integer"),
            new(NotInteger, "{cell}：{value} 不是整数", "{cell}: {value} is not an integer"),
            new(NegativeAmount, "{cell}：金额 {value} 为负数", "{cell}: the amount {value} is negative"),
            new(Unreadable, "{cell}：“{raw}”不是数字", "{cell}: “{raw}” is not a number"),
            new(NotFilled, "{table}有 {count} 个单元格空白或为占位符（计算时按 0 计）：{cells}", "{table} has {count} blank or placeholder cells (read as 0 in sums): {cells}"),
        ])
    {
        SeverityNote = "Blank and placeholder cells are reported as one Warning per table.",
    };

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tally = new RuleTally(Rule);
        var plan = SchemaPlan.For(report.Schema);
        for (var t = 0; t < plan.TableFields.Length; t++)
        {
            List<FieldDef>? notFilled = null;
            foreach (var f in plan.TableFields[t])
            {
                var v = report.Tables[f].Value;
                switch (v.State)
                {
                    case CellState.Absent:
                        continue;
                    case CellState.Blank or CellState.Placeholder:
                        (notFilled ??= []).Add(f);
                        continue;
                    case CellState.Unreadable:
                        tally.Fail(tally.Finding(Unreadable, report, [f.Id], Args.Field("cell", f), Args.Text("raw", v.Raw)));
                        continue;
                }

                var key = Violation(f.Kind, v.Number);
                if (key is null)
                {
                    tally.Pass();
                }
                else
                {
                    tally.Fail(tally.Finding(key, report, [f.Id], Args.Field("cell", f), Args.Text("value", v.Raw.Length > 0 ? v.Raw : Args.Number("v", v.Number).Zh)));
                }
            }

            if (notFilled is not null)
            {
                tally.Fail(NotFilledFinding(tally, report, report.Schema.Tables[t], notFilled));
            }
        }

        return tally.Build();
    }

    private static string? Violation(ValueKind kind, decimal value) => kind switch
    {
        ValueKind.Count => value < 0 || !IsInteger(value) ? NotCount : null,
        ValueKind.SignedCount => !IsInteger(value) ? NotInteger : null,
        _ => value < 0 ? NegativeAmount : null,
    };

    /// <summary>Scale 0 is the common case and costs nothing; "3.0" still counts as an integer.</summary>
    private static bool IsInteger(decimal value) => value.Scale == 0 || decimal.Truncate(value) == value;

    private static Diagnostic NotFilledFinding(RuleTally tally, ReportModel report, TableSchema table, List<FieldDef> cells)
    {
        var n = Math.Min(cells.Count, ListedCells);
        var zh = new string[n + (cells.Count > n ? 1 : 0)];
        var en = new string[zh.Length];
        for (var i = 0; i < n; i++)
        {
            var a = Args.Field("c", cells[i]);
            zh[i] = a.Zh;
            en[i] = a.En ?? a.Zh;
        }

        if (cells.Count > n)
        {
            zh[n] = "等";
            en[n] = "…";
        }

        var ids = new string[cells.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = cells[i].Id;
        }

        return tally.Finding(
            NotFilled,
            report,
            ids,
            report.Tables.Location(table.Id),
            Severity.Warning,
            Args.Table("table", table),
            Args.Number("count", cells.Count),
            Args.List("cells", zh, en));
    }
}
