using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Fidelity;

/// <summary>
/// F5: the notes the format prints inside its tables are reproduced: the 勾稽关系 and 部分公开 notes of table 2 and,
/// in 2021, the unit 万元 of the fee column. A faithful copy carries them; their absence suggests the table was
/// retyped. Only tables that were found are checked (a missing table is F3's finding).
/// </summary>
public sealed class F5PrintedNotesRule : IReportRule
{
    public const string Id = "F5";
    public const string Missing = "F5.missing";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Info,
        RuleCategory.Fidelity,
        "表内注释",
        "Notes printed in the tables",
        "格式在表内印有注释：表二的勾稽关系说明和“区分处理的，只计这一情形”，2021 年格式表一收费栏的“单位：万元”。照录格式的报告应保留这些注释。",
        "The format prints notes inside its tables: table 2's balance rule and \"partial disclosure counted once\", and in 2021 the unit (10,000 yuan) of the fee column. A faithful copy keeps them.",
        [new(Missing, "{table}未印出注释“{note}”", "{table} does not print the note “{note}”")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!ReportFacts.HasDocumentText(report))
        {
            return RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.NotApplicable, Args.Words("why", "无正文", "no document text")));
        }

        var tally = new RuleTally(Rule);
        var anyTable = false;
        foreach (var table in report.Schema.Tables)
        {
            if (!report.Tables.IsFound(table.Id))
            {
                continue;
            }

            anyTable = true;
            foreach (var note in table.Notes)
            {
                if (Printed(report, note.Key))
                {
                    tally.Pass();
                }
                else
                {
                    tally.Fail(tally.Finding(Missing, report, [], report.Tables.Location(table.Id), Severity.Info, Args.Table("table", table), Args.Words("note", note.Text, note.English)));
                }
            }
        }

        return anyTable ? tally.Build() : RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.TableMissing, Args.Words("table", "统计表", "the tables")));
    }

    private static bool Printed(ReportModel report, string key)
    {
        foreach (var n in report.PrintedNotes)
        {
            if (n.Value == key)
            {
                return true;
            }
        }

        return false;
    }
}
