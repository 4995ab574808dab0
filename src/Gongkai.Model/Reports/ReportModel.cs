using System.Collections.Immutable;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Reports;

/// <summary>
/// One annual report in the national format, as read from a document (or built from data): metadata, the six
/// sections' prose, the three tables, and what the reader observed about labels. Immutable.
/// </summary>
public sealed record ReportModel
{
    public ReportModel(ReportTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Tables = tables;
    }

    /// <summary>A name for the source (usually its path), for display.</summary>
    public string SourceName { get; init; } = string.Empty;

    /// <summary>The document format it was read from ("text", "html", "docx", "pdf", "yaml", "register").</summary>
    public string Format { get; init; } = string.Empty;

    /// <summary>Length of the decoded source text; every span lies inside [0, SourceLength].</summary>
    public int SourceLength { get; init; }

    public ReportMetadata Metadata { get; init; } = ReportMetadata.Empty;

    public ReportTables Tables { get; init; }

    public ReportSchema Schema => Tables.Schema;

    public ReportEdition Edition => Tables.Schema.Edition;

    public EditionSource EditionSource { get; init; } = EditionSource.Default;

    /// <summary>Paragraphs before the first section (legal basis, 统计期限, contacts).</summary>
    public ImmutableArray<Sourced<string>> Preamble { get; init; } = [];

    /// <summary>The sections found, in document order.</summary>
    public ImmutableArray<ReportSection> Sections { get; init; } = [];

    /// <summary>Every label read in the tables and what it was recognised as.</summary>
    public ImmutableArray<LabelObservation> Labels { get; init; } = [];

    /// <summary>Groups printed as one row where the format has sub-rows.</summary>
    public ImmutableArray<CollapsedRow> CollapsedRows { get; init; } = [];

    /// <summary>The printed notes found (by <see cref="PrintedNote.Key"/>) and where.</summary>
    public ImmutableArray<Sourced<string>> PrintedNotes { get; init; } = [];

    public ReportSection? Section(SectionId id)
    {
        foreach (var s in Sections)
        {
            if (s.Id == id)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>All prose: the preamble, then each section's paragraphs.</summary>
    public IEnumerable<Sourced<string>> Prose => Preamble.Concat(Sections.SelectMany(s => s.Paragraphs));

    public Sourced<CellValue> Cell(string fieldId) => Tables[fieldId];
}
