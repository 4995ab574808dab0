using System.Diagnostics;

namespace Gongkai.Tests.Writers;

/// <summary>
/// The programs some writer tests use — LibreOffice (soffice), pdftotext, pdftoppm, Chromium — found on the PATH,
/// and a way to run one with a time limit. scripts/test.sh installs them; where they cannot be had, the tests skip
/// with a message.
/// </summary>
internal static class ExternalTools
{
    public static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var p = Path.Combine(dir, name);
            if (File.Exists(p))
            {
                return p;
            }
        }

        return null;
    }

    public static string Missing(string tool, string package) => $"{tool} is not installed (Debian package {package}; scripts/test.sh installs it): skipped.";

    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(string program, TimeSpan timeout, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeout.TotalSeconds} s");
        }

        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Converts a document to PDF with LibreOffice in a private profile (so parallel runs do not share one), returning
    /// the PDF's path inside <paramref name="dir"/>. A document LibreOffice must repair, or cannot open, gives no PDF.
    /// </summary>
    public static string? LibreOfficeToPdf(string soffice, string document, string dir)
    {
        var profile = new Uri(Path.Combine(dir, "lo-profile")).AbsoluteUri;
        var r = Run(soffice, TimeSpan.FromSeconds(180), "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, document);
        var pdf = Path.Combine(dir, Path.GetFileNameWithoutExtension(document) + ".pdf");
        return r.ExitCode == 0 && File.Exists(pdf) ? pdf : null;
    }
}
