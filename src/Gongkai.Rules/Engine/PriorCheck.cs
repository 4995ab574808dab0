using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules;

/// <summary>Whether a report supplied as "last year's" is that: the same body (loosely), the year before.</summary>
internal static class PriorCheck
{
    /// <summary>Null when <paramref name="prior"/> fits; otherwise why not.</summary>
    public static RuleReason? Validate(ReportModel report, ReportModel prior)
    {
        var year = ReportFacts.Year(report);
        var priorYear = ReportFacts.Year(prior);
        var body = ReportFacts.Body(report);
        var priorBody = ReportFacts.Body(prior);
        var expected = year is { } y ? (y - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        var described = (priorBody ?? "?") + " " + (priorYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?");
        if (year is null || priorYear is null || priorYear != year - 1)
        {
            return RuleReason.Of(CommonMessages.PriorMismatch, Args.Text("year", expected), Args.Text("prior", described));
        }

        if (body is not null && priorBody is not null && !ReportFacts.SameBody(body, priorBody))
        {
            return RuleReason.Of(CommonMessages.PriorMismatch, Args.Text("year", expected), Args.Text("prior", described));
        }

        return null;
    }

    /// <summary>The reason given by rules that need columns only the 2021 format has.</summary>
    public static RuleReason NotApplicable2019() =>
        RuleReason.Of(CommonMessages.NotApplicable, Args.Words("why", "2019 年试行格式无此栏目", "the 2019 trial format has no such columns"));
}
