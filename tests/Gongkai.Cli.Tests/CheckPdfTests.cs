using System.Diagnostics;

namespace Gongkai.Tests;

/// <summary>`gongkai check` on PDFs: the published hongze-2023 report's table 四 errors, cited on the page; a scan refused.</summary>
public sealed class CheckPdfTests
{
    private static readonly Lazy<bool> HasPdftotext = new(() =>
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("pdftotext", "-v") { RedirectStandardError = true, UseShellExecute = false });
            p?.StandardError.ReadToEnd();
            return p is not null && p.WaitForExit(10_000);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    private const string NoPoppler = "pdftotext is not installed: install the Debian package poppler-utils; skipped.";

    [SkippableFact]
    public void PublishedPdf_A4ErrorsCitedOnThePage_Exit1()
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        Skip.IfNot(HasPdftotext.Value, NoPoppler);
        var r = CliRunner.Run("check", Path.Combine(TestPaths.Shared!, "corpus", "real", "hongze-2023.pdf"));
        Assert.Equal(1, r.ExitCode);
        var a4 = r.Out.Split('\n').Where(l => l.Contains(" A4 ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, a4.Count);
        Assert.Contains(a4, l => l.Contains("(p4 (x 213, y 452))", StringComparison.Ordinal) && l.Contains("行政复议", StringComparison.Ordinal));
        Assert.Contains(a4, l => l.Contains("(p4 (x 497, y 452))", StringComparison.Ordinal) && l.Contains("复议后起诉", StringComparison.Ordinal));
        Assert.Contains("(pdf)", r.Out);
    }

    [SkippableFact]
    public void ScannedPdf_Exit2SayingOcrIsNeeded()
    {
        Skip.IfNot(HasPdftotext.Value, NoPoppler);
        var r = CliRunner.Run("check", TestPaths.Repo("tests", "corpus", "pdf", "scan.pdf"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("R051", r.Out);
        Assert.Contains("OCR", r.Out);
    }
}
