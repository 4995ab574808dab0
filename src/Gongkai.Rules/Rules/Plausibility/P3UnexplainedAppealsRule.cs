using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Rules.Narrative;
using T2 = Gongkai.Schema.SchemaIds.T2;

namespace Gongkai.Rules.Plausibility;

/// <summary>
/// P3: table 3 has cases while table 2 shows nothing an applicant could appeal (every decision this year was
/// 予以公开 and nothing was carried over) and the prose says nothing about the cases. Possible (cases can concern
/// earlier years' decisions, or a delay), but a reader would expect a word of explanation.
/// </summary>
public sealed class P3UnexplainedAppealsRule : IReportRule
{
    public const string Id = "P3";
    public const string Unexplained = "P3.unexplained";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Info,
        RuleCategory.Plausibility,
        "复议诉讼缺少解释",
        "Appeals without explanation",
        "表三有行政复议或行政诉讼案件，而表二本年全部予以公开、无上年结转，正文也未说明复议诉讼件数时提示。",
        "Noted when table 3 has reconsideration or litigation cases while table 2 shows only full disclosures and nothing carried over, and the prose does not mention the cases.",
        [new(Unexplained, "表三有行政复议 {review} 件、行政诉讼 {suits} 件，但表二本年均予以公开且无上年结转，正文亦未说明", "table 3 has {review} reconsiderations and {suits} suits, but every decision in table 2 was full disclosure, nothing was carried over, and the prose does not explain them")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plan = SchemaPlan.For(report.Schema);
        var tally = new RuleTally(Rule);
        var review = Operand.Read(report, plan.T3Totals[0]);
        var suits = Operand.Sum(report, plan.T3Totals.AsSpan(1));
        if (!review.Assessable || !suits.Assessable)
        {
            tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", review.MissingField ?? suits.MissingField!)));
            return tally.Build();
        }

        if (review.Value + suits.Value == 0)
        {
            tally.Pass();
            return tally.Build();
        }

        var adverse = Operand.AnyNonZero(report, plan.AdverseResults, out var missing);
        if (adverse is null && CollapsedOther(report) is { } collapsed)
        {
            // （六） printed as one row: its values stand for the absent sub-rows, as in A2
            adverse = Operand.AnyNonZero(report, plan.AdverseWithoutOtherSubRows, out missing) is { } rest ? rest || collapsed.Value != 0 : null;
        }

        var carried = Operand.Read(report, plan.CarriedOver[plan.T2Columns.Length - 1]);
        if (adverse is null || !carried.Assessable)
        {
            tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", missing ?? carried.MissingField!)));
            return tally.Build();
        }

        if (adverse.Value || carried.Value != 0)
        {
            tally.Pass();
            return tally.Build();
        }

        var claims = ClaimExtractor.For(report, context);
        if (claims.Has(ClaimKind.ReviewCount) || claims.Has(ClaimKind.SuitCount))
        {
            tally.Pass();
            return tally.Build();
        }

        tally.Fail(tally.Finding(Unexplained, report, FieldIds.Of(plan.T3Totals), Args.Number("review", review.Value), Args.Number("suits", suits.Value)));
        return tally.Build();
    }

    /// <summary>The sum of a collapsed （六） row's cells, when the report has one and every sub-row is absent.</summary>
    private static Operand? CollapsedOther(ReportModel report)
    {
        var plan = SchemaPlan.For(report.Schema);
        if (!plan.HasOtherSubRows)
        {
            return null;
        }

        foreach (var f in plan.OtherSubRowCells)
        {
            if (!report.Tables[f].Value.IsAbsent)
            {
                return null;
            }
        }

        foreach (var row in report.CollapsedRows)
        {
            if (row.TableKey == T2.Key && row.GroupKey == T2.Other)
            {
                decimal sum = 0;
                foreach (var v in row.Values)
                {
                    if (v.Value.State is CellState.Absent or CellState.Unreadable)
                    {
                        return null;
                    }

                    sum += v.Value.Number;
                }

                return new Operand(sum, true, false, null);
            }
        }

        return null;
    }
}
