using System.Collections.Immutable;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Cases.Annual;

/// <summary>
/// The annual report of a year, computed from the register: the three tables (<see cref="AnnualTables"/>), a drafted
/// narrative that quotes the same figures, and the metadata. The model says <see cref="EditionSource.Declared"/>: its
/// edition was chosen, not read.
/// </summary>
public static class AnnualReport
{
    /// <summary>The report model; <paramref name="missing"/> lists yearly figures not entered (taken as 0).</summary>
    public static ReportModel Build(AnnualFigures figures, AnnualReportOptions options, out IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(options);
        var schema = ReportSchema.For(options.Edition);
        var tables = AnnualTables.Build(figures, options.Edition, out missing);
        var y = figures.Year;
        var title = $"{options.Body}{y}年政府信息公开工作年度报告";
        ImmutableArray<Sourced<string>> notes = [.. schema.Tables.SelectMany(t => t.Notes).Select(n => new Sourced<string>(n.Key, SourceRef.None))];
        return new ReportModel(tables)
        {
            SourceName = "register",
            Format = "register",
            EditionSource = EditionSource.Declared,
            Metadata = new ReportMetadata
            {
                Title = new Sourced<string>(title, SourceRef.None),
                Body = new Sourced<string>(options.Body, SourceRef.None),
                Year = new Sourced<int>(y, SourceRef.None),
                StatisticalPeriod = new Sourced<DateRange>(new DateRange(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)), SourceRef.None),
            },
            Preamble = AnnualNarrative.Preamble(options.Body, y, schema),
            Sections = AnnualNarrative.Sections(figures, schema),
            PrintedNotes = notes,
        };
    }
}
