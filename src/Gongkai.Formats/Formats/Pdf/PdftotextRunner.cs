using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Runs <c>pdftotext -bbox-layout</c> as a child process: the PDF's bytes go through a temporary file (pdftotext
/// cannot read a pipe), the XHTML comes back on standard output. The run is bounded in time and in output size; on
/// either limit the process tree is killed. The temporary file is always removed.
/// </summary>
internal static class PdftotextRunner
{
    private const int MaxErrorChars = 400;

    public static PdftotextRun Run(ReadOnlyMemory<byte> pdf, PdfReaderOptions options)
    {
        var path = Path.Combine(options.TempDirectory ?? Path.GetTempPath(), "gongkai-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.None);
                file.Write(pdf.Span);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return new PdftotextRun(PdftotextOutcome.Failed, [], 0, "the temporary file could not be written: " + e.Message, -1);
            }

            return RunOn(path, options);
        }
        finally
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // a file still held open by a killed process on some systems: nothing more can be done
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static PdftotextRun RunOn(string path, PdfReaderOptions options)
    {
        var start = new ProcessStartInfo(options.PdftotextPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("-bbox-layout");
        start.ArgumentList.Add("-enc");
        start.ArgumentList.Add("UTF-8");
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("-");

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            return new PdftotextRun(PdftotextOutcome.NotFound, [], 0, e.Message, -1);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidOperationException)
        {
            return new PdftotextRun(PdftotextOutcome.NotFound, [], 0, e.Message, -1);
        }

        if (process is null)
        {
            return new PdftotextRun(PdftotextOutcome.NotFound, [], 0, string.Empty, -1);
        }

        using (process)
        {
            // standard error arrives on events, standard output is read on this thread; a timer kills pdftotext at
            // the limit, which ends the read
            var errors = new StringBuilder();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is { } line)
                {
                    lock (errors)
                    {
                        if (errors.Length < MaxErrorChars)
                        {
                            errors.Append(line).Append('\n');
                        }
                    }
                }
            };
            process.BeginErrorReadLine();
            var timedOut = 0;
            var limit = options.Timeout <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : options.Timeout;
            var clock = Stopwatch.StartNew();
            using var timer = new Timer(
                _ =>
                {
                    Interlocked.Exchange(ref timedOut, 1);
                    Kill(process);
                },
                null,
                limit,
                Timeout.InfiniteTimeSpan);
            var output = new LimitedBuffer(options.MaxOutputBytes);
            try
            {
                output.ReadAll(process.StandardOutput.BaseStream);
            }
            catch (IOException)
            {
                // the pipe broke when the process was killed
            }

            if (output.Overflowed)
            {
                Kill(process);
            }

            var left = limit - clock.Elapsed;
            var exited = process.WaitForExit(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            if (exited)
            {
                // the overload without a limit also waits for the last lines of standard error
                process.WaitForExit();
            }
            else
            {
                Kill(process);
            }

            timer.Dispose();
            string error;
            lock (errors)
            {
                error = errors.ToString().Trim();
            }

            if (output.Overflowed)
            {
                return new PdftotextRun(PdftotextOutcome.OutputTooLarge, [], 0, error, -1);
            }

            if (!exited || Volatile.Read(ref timedOut) == 1)
            {
                return new PdftotextRun(PdftotextOutcome.TimedOut, [], 0, error, -1);
            }

            return process.ExitCode == 0
                ? new PdftotextRun(PdftotextOutcome.Ok, output.Buffer, output.Length, error, 0)
                : new PdftotextRun(PdftotextOutcome.Failed, [], 0, error, process.ExitCode);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it ended by itself meanwhile
        }
        catch (Win32Exception)
        {
        }
    }

    /// <summary>Collects standard output up to a limit; past it, stops reading (and the caller kills the process).</summary>
    private sealed class LimitedBuffer(long limit)
    {
        public byte[] Buffer { get; private set; } = new byte[256 * 1024];

        public int Length { get; private set; }

        public bool Overflowed { get; private set; }

        public void ReadAll(Stream stream)
        {
            int n;
            while ((n = stream.Read(Buffer, Length, Buffer.Length - Length)) > 0)
            {
                Length += n;
                if (Length > limit)
                {
                    Overflowed = true;
                    return;
                }

                if (Length == Buffer.Length)
                {
                    var bigger = new byte[Buffer.Length * 2];
                    Array.Copy(Buffer, bigger, Length);
                    Buffer = bigger;
                }
            }
        }
    }
}
