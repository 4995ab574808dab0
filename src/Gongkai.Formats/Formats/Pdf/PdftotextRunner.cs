using System.ComponentModel;
using System.Diagnostics;

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
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.None))
            {
                file.Write(pdf.Span);
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
        catch (FileNotFoundException e)
        {
            return new PdftotextRun(PdftotextOutcome.NotFound, [], 0, e.Message, -1);
        }

        if (process is null)
        {
            return new PdftotextRun(PdftotextOutcome.NotFound, [], 0, string.Empty, -1);
        }

        using (process)
        {
            var output = new LimitedBuffer(options.MaxOutputBytes, () => Kill(process));
            var readOut = Task.Run(() => output.ReadAll(process.StandardOutput.BaseStream));
            var readErr = Task.Run(() => ReadError(process.StandardError));
            var limit = options.Timeout <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : options.Timeout;
            var exited = process.WaitForExit(limit) && readOut.Wait(limit);
            if (output.Overflowed)
            {
                Kill(process);
                WaitQuietly(readOut, readErr);
                return new PdftotextRun(PdftotextOutcome.OutputTooLarge, [], 0, string.Empty, -1);
            }

            if (!exited)
            {
                Kill(process);
                WaitQuietly(readOut, readErr);
                return new PdftotextRun(PdftotextOutcome.TimedOut, [], 0, string.Empty, -1);
            }

            WaitQuietly(readOut, readErr);
            var error = readErr.IsCompletedSuccessfully ? readErr.Result : string.Empty;

            return process.ExitCode == 0
                ? new PdftotextRun(PdftotextOutcome.Ok, output.Buffer, output.Length, error, 0)
                : new PdftotextRun(PdftotextOutcome.Failed, [], 0, error, process.ExitCode);
        }
    }

    private static string ReadError(StreamReader reader)
    {
        var buffer = new char[MaxErrorChars];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);

        // drain the rest so that pdftotext never blocks on a full pipe
        var sink = new char[4096];
        while (reader.Read(sink, 0, sink.Length) > 0)
        {
        }

        return new string(buffer, 0, n).Trim();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(2000);
        }
        catch (InvalidOperationException)
        {
            // it ended by itself meanwhile
        }
        catch (Win32Exception)
        {
        }
    }

    private static void WaitQuietly(params Task[] tasks)
    {
        try
        {
            Task.WaitAll(tasks, TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // a pipe broken by the kill: the output is discarded anyway
        }
    }

    /// <summary>Collects standard output up to a limit; past it, stops and has the process killed.</summary>
    private sealed class LimitedBuffer(long limit, Action onOverflow)
    {
        public byte[] Buffer { get; private set; } = new byte[256 * 1024];

        public int Length { get; private set; }

        public bool Overflowed { get; private set; }

        public void ReadAll(Stream stream)
        {
            var chunk = new byte[64 * 1024];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (Length + (long)n > limit)
                {
                    Overflowed = true;
                    onOverflow();
                    return;
                }

                if (Length + n > Buffer.Length)
                {
                    var bigger = new byte[Math.Max(Buffer.Length * 2, Length + n)];
                    Array.Copy(Buffer, bigger, Length);
                    Buffer = bigger;
                }

                Array.Copy(chunk, 0, Buffer, Length, n);
                Length += n;
            }
        }
    }
}
