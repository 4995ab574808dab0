using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Formats.Assembly;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>Runs pdftotext, reads its pages, rebuilds the layout and hands it to the assembler.</summary>
internal static class PdfReaderCore
{
    public static ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options, PdfReaderOptions pdf)
    {
        if (source.Bytes.Length == 0)
        {
            return Fail(ReaderMessages.EmptyDocument);
        }

        var run = PdftotextRunner.Run(source.Bytes, pdf);
        switch (run.Outcome)
        {
            case PdftotextOutcome.NotFound:
                return Fail(ReaderMessages.PdfToolMissing, MessageArg.Of("path", pdf.PdftotextPath));
            case PdftotextOutcome.TimedOut:
                return Fail(ReaderMessages.PdfTimeout, MessageArg.Of("seconds", pdf.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)));
            case PdftotextOutcome.OutputTooLarge:
                return Fail(ReaderMessages.PdfUnreadable, MessageArg.Of("detail", "pdftotext output over " + FormatRegistry.FormatSize(pdf.MaxOutputBytes)));
            case PdftotextOutcome.Failed:
                return IsPasswordError(run.Error)
                    ? Fail(ReaderMessages.PdfEncrypted)
                    : Fail(ReaderMessages.PdfUnreadable, MessageArg.Of("detail", Detail(run)));
            default:
                break;
        }

        List<PdfPage> pages;
        string? error;
        using (var stream = run.OpenOutput())
        {
            pages = BboxParser.Parse(stream, out error);
        }

        var diagnostics = new List<Diagnostic>();
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.PdfTextIncomplete, Severity.Warning, ReaderMessages.PdfTextIncomplete, SourceRef.None, MessageArg.Of("detail", error)));
        }

        if (!pages.Exists(p => p.Lines.Count > 0))
        {
            return Fail(ReaderMessages.PdfNoTextLayer, MessageArg.Of("pages", pages.Count));
        }

        var byRows = new List<int>();
        var layout = PdfLayoutBuilder.Build(pages, byRows);
        foreach (var page in byRows)
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.PdfTableByRows, Severity.Info, ReaderMessages.PdfTableByRows, SourceRef.None, MessageArg.Of("page", page)));
        }

        foreach (var block in layout.Blocks)
        {
            if (block is not Layout.LayoutTable table)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (cell.Unplaced)
                    {
                        diagnostics.Add(Diagnostic.Create(ReaderMessages.PdfValueUnplaced, Severity.Warning, ReaderMessages.PdfValueUnplaced, cell.Where, MessageArg.Of("value", cell.Text)));
                        break;
                    }
                }
            }
        }

        var result = ReportAssembler.Assemble(layout, source.Name, options, diagnostics);
        return options.Integrity == ContentIntegrity.Strict && result.HasErrors ? result with { Value = null } : result;
    }

    private static bool IsPasswordError(string error) =>
        error.Contains("password", StringComparison.OrdinalIgnoreCase) || error.Contains("encrypt", StringComparison.OrdinalIgnoreCase);

    private static string Detail(PdftotextRun run)
    {
        var line = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(line)
            ? "pdftotext exit code " + run.ExitCode.ToString(CultureInfo.InvariantCulture)
            : line;
    }

    private static ReadResult<ReportModel> Fail(string id, params MessageArg[] args) =>
        ReadResult<ReportModel>.Failure(Diagnostic.Create(id, Severity.Error, id, SourceRef.None, args));
}
