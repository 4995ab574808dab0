using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Narrative;

/// <summary>
/// N4: when the prose says no application was received ("未收到政府信息公开申请", "无依申请公开"), table 2 row 一 must
/// be 0. An error, not a warning: the two statements cannot both be true, whatever their scope.
/// </summary>
/// <remarks>
/// Carried-over applications (row 二) are not new, so "未收到" does not contradict them; a non-zero row 二 is
/// mentioned in the finding, or as an Info note when row 一 is 0.
/// </remarks>
public sealed class N4NoApplicationsRule : IReportRule
{
    public const string Id = "N4";
    public const string Mismatch = "N4.mismatch";
    public const string CarriedOverNote = "N4.carried_over";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Error,
        RuleCategory.Narrative,
        "称未收到申请而表二有数",
        "\"No applications\" against table 2",
        "正文称未收到政府信息公开申请时，表二“一、本年新收”总计必须为 0（“二、上年结转”通常也为 0）。",
        "When the prose says no applications were received, table 2 row 一 (new), total, must be 0 (and row 二, carried over, normally too).",
        [
            new(Mismatch, "正文“{quote}”称未收到申请，但表二“一、本年新收”总计为 {new}（上年结转 {carriedOver}）{blankNote}", "the prose (“{quote}”) says no applications were received, but table 2 row 一 (new), total, says {new} (carried over: {carriedOver}){blankNote}"),
            new(CarriedOverNote, "正文“{quote}”称未收到申请，表二本年新收为 0，但上年结转为 {carriedOver}", "the prose (“{quote}”) says no applications were received; table 2 has no new ones but {carriedOver} carried over"),
        ])
    {
        SeverityNote = "The note on applications carried over from last year is Info.",
    };

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claim = ClaimExtractor.For(report, context).First(ClaimKind.NoApplications);
        if (claim is null)
        {
            return NarrativeCheck.NoClaim(Rule);
        }

        var plan = SchemaPlan.For(report.Schema);
        var total = plan.T2Columns.Length - 1;
        var tally = new RuleTally(Rule);
        var n = Operand.Read(report, plan.New[total]);
        var co = Operand.Read(report, plan.CarriedOver[total]);
        if (!n.Assessable)
        {
            tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", n.MissingField!)));
            return tally.Build();
        }

        var cells = FieldIds.Of(plan.New[total], plan.CarriedOver[total]);
        if (n.Value != 0)
        {
            tally.Fail(tally.Finding(
                Mismatch,
                report,
                cells,
                claim.Where,
                Severity.Error,
                Args.Text("quote", claim.Quote),
                Args.Number("new", n.Value),
                Args.Number("carriedOver", co.Value),
                CommonMessages.BlankNote(n.ReadBlankAsZero)));
            return tally.Build();
        }

        tally.Pass();
        if (co.Assessable && co.Value != 0)
        {
            tally.Note(tally.Finding(CarriedOverNote, report, cells, claim.Where, Severity.Info, Args.Text("quote", claim.Quote), Args.Number("carriedOver", co.Value)));
        }

        return tally.Build();
    }
}
