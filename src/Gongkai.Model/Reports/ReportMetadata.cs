using Gongkai.Text;

namespace Gongkai.Reports;

/// <summary>What the document says about itself. Each part is null when the document does not say it.</summary>
public sealed record ReportMetadata
{
    public static ReportMetadata Empty { get; } = new();

    /// <summary>The title as printed.</summary>
    public Sourced<string>? Title { get; init; }

    /// <summary>The reporting body (机关), from the title or the preamble.</summary>
    public Sourced<string>? Body { get; init; }

    /// <summary>The year reported on.</summary>
    public Sourced<int>? Year { get; init; }

    /// <summary>The 统计期限 stated in the text.</summary>
    public Sourced<DateRange>? StatisticalPeriod { get; init; }

    /// <summary>The publication date (发布日期), where the document has one.</summary>
    public Sourced<DateOnly>? PublicationDate { get; init; }

    /// <summary>Where the document was found (a URL), when the caller says so.</summary>
    public string? SourceUrl { get; init; }
}
