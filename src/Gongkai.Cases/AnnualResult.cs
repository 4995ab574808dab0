using Gongkai.Cases.Annual;
using Gongkai.Cases.Storage;
using Gongkai.Reports;

namespace Gongkai.Cases;

/// <summary>A year's report from the register, and how it stands against the report published for that year.</summary>
/// <param name="Figures">The raw figures.</param>
/// <param name="Model">The report model (tables, drafted narrative, metadata).</param>
/// <param name="MissingFigures">Yearly figures of table 1 that were not entered and were taken as 0.</param>
/// <param name="Publication">The published report of the year, if any (the year is then locked).</param>
/// <param name="ChangedSincePublication">Cells that differ from the published report (after recorded corrections).</param>
public sealed record AnnualResult(AnnualFigures Figures, ReportModel Model, IReadOnlyList<string> MissingFigures, Publication? Publication, IReadOnlyList<CellChange> ChangedSincePublication)
{
    /// <summary>True when the year was published and the register no longer gives the same tables.</summary>
    public bool DiffersFromPublication => ChangedSincePublication.Count > 0;
}
