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
        var r = LibreOfficeToPdfs(soffice, [document], dir, TimeSpan.FromSeconds(180));
        var pdf = Path.Combine(dir, Path.GetFileNameWithoutExtension(document) + ".pdf");
        return r.ExitCode == 0 && File.Exists(pdf) ? pdf : null;
    }

    /// <summary>Converts the documents to PDF in one LibreOffice run (its start-up is most of the time), into <paramref name="dir"/>, with a profile of its own there.</summary>
    public static Result LibreOfficeToPdfs(string soffice, IEnumerable<string> documents, string dir, TimeSpan timeout)
    {
        var profile = new Uri(Path.Combine(dir, "lo-profile")).AbsoluteUri;
        return Run(soffice, timeout, ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, .. documents]);
    }

    /// <summary>
    /// Writes each model as DOCX into <paramref name="dir"/> (named by its key) and converts them all to PDF in one
    /// LibreOffice run; returns each key's PDF path (which exists only if LibreOffice wrote it).
    /// </summary>
    public static Dictionary<string, string> DocxThroughLibreOffice(string soffice, IReadOnlyDictionary<string, Reports.ReportModel> models, string dir, TimeSpan timeout)
    {
        var docs = new List<string>();
        foreach (var (tag, model) in models)
        {
            var path = Path.Combine(dir, tag + ".docx");
            File.WriteAllBytes(path, WriterRoundTrip.Write(model, "docx"));
            docs.Add(path);
        }

        LibreOfficeToPdfs(soffice, docs, dir, timeout);
        return models.Keys.ToDictionary(k => k, k => Path.Combine(dir, k + ".pdf"));
    }

    /// <summary>LibreOffice on the PATH, and a CJK font for it; the test is skipped with a message naming the package otherwise.</summary>
    public static string RequireLibreOffice()
    {
        var soffice = Find("soffice");
        Skip.If(soffice is null, Missing("LibreOffice", "libreoffice-writer-nogui"));
        Skip.If(!Directory.Exists("/usr/share/fonts/opentype/noto") && Run("fc-list", TimeSpan.FromSeconds(30), ":lang=zh").Out.Length == 0, Missing("a CJK font", "fonts-noto-cjk"));
        return soffice!;
    }
}
