using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Formats.Layout;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>
/// Turns a <see cref="LayoutDocument"/> from any format reader into a <see cref="ReportModel"/>: sections and
/// metadata from the paragraphs, the three tables read by label, the edition from the tables' shape.
/// </summary>
public static class ReportAssembler
{
    public static ReadResult<ReportModel> Assemble(LayoutDocument document, string sourceName, ReaderOptions? options = null, IEnumerable<Diagnostic>? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= ReaderOptions.Default;
        var diagnostics = earlier is null ? new List<Diagnostic>() : [.. earlier];

        // sections do not depend on the edition (they are the same in both)
        var found = SectionFinder.Find(document, ReportSchema.Edition2021);
        var earlyProse = found.Preamble.Concat(found.Sections.Take(1).SelectMany(s => s.Paragraphs));
        if (found.Title is { } t)
        {
            earlyProse = earlyProse.Prepend(new Sourced<string>(t.Text, t.Where));
        }

        var metadata = MetadataReader.Read(found, earlyProse, options.SourceUrl, out var bodyFromProse);
        if (bodyFromProse && metadata.Body is { } inferred)
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.BodyFromProse, Severity.Info, ReaderMessages.BodyFromProse, inferred.Where, MessageArg.Of("body", inferred.Value)));
        }

        var tables = new TableInterpreter(document);
        for (var i = 0; i < document.Blocks.Length; i++)
        {
            if (document.Blocks[i] is LayoutTable table)
            {
                tables.Add(table, found.BlockSections[i]);
            }
        }

        var (edition, source) = EditionDetector.Detect(tables, metadata.Year?.Value);
        var schema = ReportSchema.For(edition);
        var (cells, collapsed) = new TableMapper(schema, diagnostics).Map(tables);

        var flag = edition == ReportEdition.Trial2019 ? Labels.EditionSet.Trial2019 : Labels.EditionSet.National2021;
        var observations = ImmutableArray.CreateBuilder<LabelObservation>(tables.Observations.Count);
        foreach (var o in tables.Observations)
        {
            observations.Add(ForEdition(o, flag));
        }


        if (!LooksLikeReport(found, tables))
        {
            // nothing of an annual report: not a report at all, rather than a report with every part missing
            diagnostics.Add(Diagnostic.Create(ReaderMessages.NoStructure, Severity.Error, ReaderMessages.NoStructure, SourceRef.None));
            return new ReadResult<ReportModel>(null, [.. diagnostics]);
        }

        if (source == EditionSource.Year)
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.EditionFromYear, Severity.Info, ReaderMessages.EditionFromYear, SourceRef.None, new MessageArg("edition", edition == ReportEdition.Trial2019 ? "2019 年试行版" : "2021 年版", edition == ReportEdition.Trial2019 ? "the 2019 trial edition" : "the 2021 edition")));
        }
        else if (source == EditionSource.Default)
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.EditionDefault, Severity.Info, ReaderMessages.EditionDefault, SourceRef.None));
        }

        var model = new ReportModel(cells)
        {
            SourceName = sourceName,
            Format = document.Format,
            SourceLength = document.SourceLength,
            Metadata = metadata,
            EditionSource = source,
            Preamble = found.Preamble,
            Sections = found.Sections,
            Labels = observations.MoveToImmutable(),
            CollapsedRows = collapsed,
            PrintedNotes = [.. tables.Notes],
        };
        return new ReadResult<ReportModel>(model, [.. diagnostics]);
    }

    /// <summary>The observation's target in the report's edition, or marked as a label of the other edition.</summary>
    private static LabelObservation ForEdition(LabelObservation o, Labels.EditionSet edition)
    {
        if (o.Target is not { } target || (target.Editions & edition) != 0)
        {
            return o;
        }

        foreach (var c in o.Candidates)
        {
            if ((c.Editions & edition) != 0 && c.Table == target.Table)
            {
                return o with { Target = c };
            }
        }

        return o with { OtherEdition = true };
    }

    /// <summary>
    /// Two section headings of the format, or a dozen rows of its tables: less than that is some other document that
    /// happens to mention a label (a README describing reports, minutes of a meeting), not a damaged report.
    /// </summary>
    private static bool LooksLikeReport(SectionFinder.Result found, TableInterpreter tables)
    {
        if (found.Sections.Length >= 2)
        {
            return true;
        }

        var rows = new HashSet<(TableId, string)>();
        foreach (var r in tables.Rows)
        {
            rows.Add((r.Table, r.Target?.Key ?? "values"));
        }

        return rows.Count >= 12;
    }
}
