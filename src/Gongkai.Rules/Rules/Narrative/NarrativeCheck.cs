using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Schema;

namespace Gongkai.Rules.Narrative;

/// <summary>What the narrative rules share: comparing a stated number with table cells and citing both.</summary>
internal static class NarrativeCheck
{
    /// <summary>
    /// Compares <paramref name="claim"/> with <paramref name="table"/>: a pass, a finding at the rule's severity
    /// citing the prose (primary) and the cells, or not assessable when a cell is missing.
    /// </summary>
    public static void Compare(RuleTally tally, RuleDescriptor rule, ReportModel report, Claim claim, Operand table, string key, string[] cells, params MessageArg[] extra)
    {
        if (!table.Assessable)
        {
            tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", table.MissingField!)));
            return;
        }

        if (table.Value == claim.Value)
        {
            tally.Pass();
            return;
        }

        var args = new MessageArg[extra.Length + 4];
        args[0] = Args.Text("quote", claim.Quote);
        args[1] = Args.Number("stated", claim.Value);
        args[2] = Args.Number("table", table.Value);
        args[3] = CommonMessages.BlankNote(table.ReadBlankAsZero);
        extra.CopyTo(args, 4);
        tally.Fail(tally.Finding(key, report, cells, claim.Where, rule.Severity, args));
    }

    public static RuleResult NoClaim(RuleDescriptor rule) => RuleTally.NotAssessable(rule, RuleReason.Of(CommonMessages.NoClaim));

    public static MessageArg ScopeNote(bool scoped) => scoped
        ? new("scopeNote", "（该表述限定了范围，可能只指机关的一部分）", " (the statement is scoped and may cover only part of the body)")
        : new("scopeNote", string.Empty, string.Empty);

    public static string[] Ids(params ReadOnlySpan<FieldDef> fields) => FieldIds.Of(fields);
}
