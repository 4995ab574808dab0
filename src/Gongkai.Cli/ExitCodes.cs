using Gongkai.Cli.Batch;

namespace Gongkai.Cli;

/// <summary>
/// The exit codes of `gongkai check`: 0 no errors; 1 errors were found; 2 bad usage, a file named on the command line
/// that cannot be read, or nothing readable at all. Files found by walking a folder that cannot be read are listed
/// with their reason but do not by themselves make the code 2, so a batch of thousands is still judged on its reports.
/// </summary>
internal static class ExitCodes
{
    public const int Clean = 0;
    public const int Errors = 1;
    public const int Unreadable = 2;

    public static int For(IReadOnlyList<CheckOutcome> outcomes, bool anyMissing)
    {
        if (anyMissing || outcomes.Any(o => !o.IsReadable && o.Named) || !outcomes.Any(o => o.IsReadable))
        {
            return Unreadable;
        }

        return outcomes.Any(o => o.Audit is { Errors: > 0 }) ? Errors : Clean;
    }
}
