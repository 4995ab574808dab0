using Gongkai.Schema;

namespace Gongkai.Cases.Annual;

/// <summary>What the annual report needs besides the figures.</summary>
/// <param name="Body">The reporting body (机关), e.g. "青禾市生态环境局".</param>
/// <param name="Edition">The format: 2021 (from the 2021 reports on) or the 2019 trial format.</param>
public sealed record AnnualReportOptions(string Body, ReportEdition Edition)
{
    /// <summary>The edition a report of <paramref name="year"/> should use.</summary>
    public static AnnualReportOptions For(string body, int year) => new(body, ReportSchema.ExpectedEditionFor(year));
}
