using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Schema;

namespace Gongkai.Rules.CrossYear;

/// <summary>
/// Y4: the tables follow the edition of the format in force for the year: the 2019 trial format for 2019 and 2020,
/// the 2021 format from the 2021 reports on. Only an edition read from the tables proves anything; one guessed
/// from the year matches it by construction.
/// </summary>
public sealed class Y4EditionRule : IReportRule
{
    public const string Id = "Y4";
    public const string Mismatch = "Y4.mismatch";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.CrossYear,
        "格式版本与年度",
        "Edition of the format for the year",
        "2019、2020 年度报告应使用 2019 年试行格式（国办公开办函〔2019〕60号），2021 年及以后应使用 2021 年格式（国办公开办函〔2021〕30号）。",
        "Reports for 2019 and 2020 use the 2019 trial format (国办公开办函〔2019〕60号); reports from 2021 on use the 2021 format (国办公开办函〔2021〕30号).",
        [new(Mismatch, "{year} 年度报告应使用 {expected}，但表格为 {actual}", "a report for {year} should use {expected}, but its tables follow {actual}")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (ReportFacts.Year(report) is not { } year)
        {
            return RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.YearUnknown));
        }

        if (report.EditionSource != EditionSource.Tables)
        {
            return RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.NotApplicable, Args.Words("why", "格式版本并非从表格判断", "the edition was not read from the tables")));
        }

        var tally = new RuleTally(Rule);
        var expected = ReportSchema.ExpectedEditionFor(year);
        if (expected == report.Edition)
        {
            tally.Pass();
        }
        else
        {
            tally.Fail(tally.Finding(
                Mismatch,
                report,
                [],
                report.Tables.Location(TableId.Proactive),
                Rule.Severity,
                Args.Number("year", year),
                Args.Edition("expected", expected),
                Args.Edition("actual", report.Edition)));
        }

        return tally.Build();
    }
}
