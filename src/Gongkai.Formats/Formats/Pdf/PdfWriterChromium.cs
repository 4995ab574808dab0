using System.Diagnostics;
using System.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Finds headless Chromium and prints an HTML file to PDF with it: a fresh profile in a temporary folder, no network
/// services, no header or footer of its own, a time limit, and everything removed afterwards.
/// </summary>
internal static class PdfWriterChromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    /// <summary>GONGKAI_CHROMIUM if set, else the first of the usual names on the PATH; null when there is none.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("GONGKAI_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in Names)
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public sealed record Outcome(byte[]? Pdf, string? Error, bool TimedOut);

    public static Outcome Print(string chromium, string html, TimeSpan timeout)
    {
        var work = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "report.html");
            var pdf = Path.Combine(work.FullName, "report.pdf");
            File.WriteAllText(page, html, new UTF8Encoding(false));
            var psi = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + Path.Combine(work.FullName, "profile"), "--print-to-pdf=" + pdf, "--no-pdf-header-footer",
                new Uri(page).AbsoluteUri,
            })
            {
                psi.ArgumentList.Add(a);
            }

            using var process = Process.Start(psi)!;
            var stderr = new StringBuilder();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (stderr)
                    {
                        stderr.AppendLine(e.Data);
                    }
                }
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new Outcome(null, null, TimedOut: true);
            }

            process.WaitForExit();
            if (File.Exists(pdf) && new FileInfo(pdf).Length > 0)
            {
                return new Outcome(File.ReadAllBytes(pdf), null, false);
            }

            string tail;
            lock (stderr)
            {
                tail = LastLine(stderr.ToString());
            }

            return new Outcome(null, "exit code " + process.ExitCode + (tail.Length > 0 ? ": " + tail : string.Empty), false);
        }
        finally
        {
            Remove(work);
        }
    }

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? string.Empty : lines[^1];
    }

    /// <summary>Removes the temporary folder; Chromium's helpers may hold files a moment after it exits.</summary>
    private static void Remove(DirectoryInfo dir)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                dir.Delete(recursive: true);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
