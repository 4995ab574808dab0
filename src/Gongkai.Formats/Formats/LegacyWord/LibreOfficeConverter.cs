using System.Diagnostics;
using System.Text;

namespace Gongkai.Formats.LegacyWord;

/// <summary>
/// Runs "soffice --headless --convert-to docx" in a child process: its own throwaway profile
/// (-env:UserInstallation), so conversions may run side by side and never touch a user's LibreOffice; a timeout after
/// which the whole process tree is killed; and a temporary folder that is removed afterwards. The input is written
/// under a name whose extension matches its detected content, never the name it came with.
/// </summary>
internal static class LibreOfficeConverter
{
    private const int MaxCapturedOutput = 8192;

    public readonly record struct Outcome(byte[]? Docx, bool TimedOut, string? Error);

    /// <summary>
    /// The soffice program to run, or null when LibreOffice is not installed: the configured path, else the
    /// GONGKAI_SOFFICE environment variable (a path; "none" turns conversion off), else soffice or libreoffice on the
    /// PATH, else the usual install folders.
    /// </summary>
    public static string? Find(string? configured)
    {
        configured ??= Environment.GetEnvironmentVariable("GONGKAI_SOFFICE") is { Length: > 0 } env ? env : null;
        if (configured is not null)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var exe in OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"])
            {
                var candidate = Path.Combine(dir, exe);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        string[] usual =
        [
            "/usr/lib/libreoffice/program/soffice",
            "/opt/libreoffice/program/soffice",
            "/Applications/LibreOffice.app/Contents/MacOS/soffice",
            @"C:\Program Files\LibreOffice\program\soffice.exe",
        ];
        return usual.FirstOrDefault(File.Exists);
    }

    public static Outcome Convert(string soffice, ReadOnlySpan<byte> input, string extension, TimeSpan timeout, string? tempRoot)
    {
        var work = Path.Combine(tempRoot ?? Path.GetTempPath(), "gongkai-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var inDir = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
            var outDir = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
            var profile = Path.Combine(work, "profile");
            var inputPath = Path.Combine(inDir, "document" + extension);
            File.WriteAllBytes(inputPath, input.ToArray());
            var psi = new ProcessStartInfo(soffice)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                CreateNoWindow = true,
                WorkingDirectory = work,
            };
            foreach (var a in new[]
            {
                "-env:UserInstallation=" + new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri,
                "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir, inputPath,
            })
            {
                psi.ArgumentList.Add(a);
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = psi };
            process.OutputDataReceived += (_, e) => Capture(output, e.Data);
            process.ErrorDataReceived += (_, e) => Capture(output, e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                Stop(process);
                return new Outcome(null, true, null);
            }

            process.WaitForExit();
            var result = Path.Combine(outDir, "document.docx");
            if (File.Exists(result))
            {
                return new Outcome(File.ReadAllBytes(result), false, null);
            }

            string log;
            lock (output)
            {
                log = output.ToString().Trim();
            }

            return new Outcome(null, false, log.Length > 0 ? log : "exit code " + process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new Outcome(null, false, e.Message);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static void Capture(StringBuilder output, string? line)
    {
        // LibreOffice's chatter that says nothing about the document
        if (line is null || line.Contains("javaldx", StringComparison.Ordinal) || line.StartsWith("convert ", StringComparison.Ordinal))
        {
            return;
        }

        lock (output)
        {
            if (output.Length < MaxCapturedOutput)
            {
                output.AppendLine(line);
            }
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // it ended on its own in the meantime
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a leftover temporary folder is not worth failing a read for
        }
    }
}
