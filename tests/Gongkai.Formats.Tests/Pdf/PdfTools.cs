using System.Diagnostics;

namespace Gongkai.Tests;

/// <summary>Whether poppler's pdftotext can run here; tests that need it skip with a message naming the package.</summary>
internal static class PdfTools
{
    private static readonly Lazy<bool> Present = new(Probe);

    public static bool HasPdftotext => Present.Value;

    public const string Missing = "pdftotext is not installed: install the Debian package poppler-utils (sudo apt-get install poppler-utils); skipped.";

    private static bool Probe()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("pdftotext", "-v") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false });
            if (p is null)
            {
                return false;
            }

            p.StandardError.ReadToEnd();
            return p.WaitForExit(10_000);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
