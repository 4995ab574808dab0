using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Batch;

/// <summary>What happened to one input file: audited, or not readable (with the reader's diagnostics saying why).</summary>
internal sealed record CheckOutcome(string Path, string? Format, CheckedReport? Audit, ImmutableArray<Diagnostic> Problems, bool Named)
{
    public bool IsReadable => Audit is not null;

    /// <summary>The report used as the previous year's for the cross-year rules, when paired in the batch.</summary>
    public string? PriorPath { get; init; }

    /// <summary>Read fine, but not an annual report (R003): skipped in a folder, not a failure to read.</summary>
    public bool IsNotAReport => Audit is null && Problems.Any(p => p.Id == Formats.ReaderMessages.NoStructure);
}
