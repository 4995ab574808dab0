namespace Gongkai.Formats.Pdf;

/// <summary>How a run of pdftotext ended.</summary>
internal enum PdftotextOutcome
{
    Ok = 0,
    NotFound = 1,
    TimedOut = 2,
    Failed = 3,
    OutputTooLarge = 4,
}

/// <summary>The result of one pdftotext run: its output (XHTML) when it succeeded, or why it did not.</summary>
internal sealed record PdftotextRun(PdftotextOutcome Outcome, byte[] Output, int OutputLength, string Error, int ExitCode)
{
    /// <summary>The output as a stream, with the control characters XML forbids blanked out first.</summary>
    public Stream OpenOutput()
    {
        BboxParser.Sanitize(Output.AsSpan(0, OutputLength));
        return new MemoryStream(Output, 0, OutputLength, writable: false);
    }
}
