using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Reports;
using Gongkai.Rules;
using Gongkai.Text;

namespace Gongkai.Cli.Batch;

/// <summary>Reads and audits many files in parallel; one broken file never stops the batch.</summary>
internal static class CheckRunner
{
    /// <param name="onDone">Called as each file is done, from any thread, with its index and outcome.</param>
    public static CheckOutcome[] Run(IReadOnlyList<InputScanner.Input> inputs, RuleContext context, ReaderOptions options, Action<int, CheckOutcome>? onDone)
    {
        var results = new CheckOutcome[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, inputs.Count, parallel, i =>
        {
            results[i] = CheckOne(inputs[i], context, options);
            onDone?.Invoke(i, results[i]);
        });
        return results;
    }

    public static CheckOutcome CheckOne(InputScanner.Input input, RuleContext context, ReaderOptions options)
    {
        var (read, format) = Read(input.Path, options);
        if (read.Value is not { } model)
        {
            return new CheckOutcome(input.Path, format, null, read.Diagnostics, input.Named);
        }

        var audit = Auditor.Default.Audit(model, read.Diagnostics, context);
        return new CheckOutcome(input.Path, format, CheckedReport.From(audit), [], input.Named);
    }

    /// <summary>Reads a file; I/O problems and unrecognised content become diagnostics, never exceptions.</summary>
    public static (ReadResult<ReportModel> Result, string? Format) Read(string path, ReaderOptions options)
    {
        ReportSource source;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxBytes)
            {
                return (Failure(ReaderMessages.TooLarge, MessageArg.Of("size", FormatRegistry.FormatSize(info.Length)), MessageArg.Of("limit", FormatRegistry.FormatSize(options.MaxBytes))), null);
            }

            source = ReportSource.FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (Failure(ReaderMessages.CannotOpen, MessageArg.Of("detail", e.Message)), null);
        }

        var format = FormatRegistry.Default.Detect(source.Bytes.Span);
        try
        {
            return (FormatRegistry.Default.Read(source, options), format?.Name);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // readers never throw on content; if one does, that is our bug, and the batch goes on
            return (Failure(ReaderMessages.CannotOpen, MessageArg.Of("detail", "internal error: " + e.GetType().Name + ": " + e.Message)), format?.Name);
        }
    }

    private static ReadResult<ReportModel> Failure(string id, params MessageArg[] args) =>
        new(null, ImmutableArray.Create(Diagnostic.Create(id, Severity.Error, id, SourceRef.None, args)));
}
