using System.Diagnostics;
using Gongkai.Cases.Storage;

namespace Gongkai.Cases.Tests;

/// <summary>
/// kill -9 in the middle of a stream of commits: every commit the writer acknowledged is in the database, and the
/// database opens and passes <c>PRAGMA integrity_check</c>.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-crash-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(250)]
    public void KillMidStream_NothingCommittedLost_IntegrityOk(int killAfterAcks)
    {
        var db = Path.Combine(_dir, $"crash-{killAfterAcks}.db");
        var acked = new List<string>();
        var closed = new HashSet<string>(StringComparer.Ordinal);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Gongkai.Cases.Tests.dll"));
        psi.ArgumentList.Add("crash-writer");
        psi.ArgumentList.Add(db);
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var p = new Process { StartInfo = psi };
        p.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } d)
            {
                lines.Enqueue(d);
            }
        };
        p.Start();
        p.BeginOutputReadLine();
        var wait = Stopwatch.StartNew();
        while (lines.IsEmpty && wait.Elapsed < TimeSpan.FromSeconds(30) && !p.HasExited)
        {
            Thread.Sleep(10);
        }

        Assert.False(lines.IsEmpty, "the writer printed nothing: " + (p.HasExited ? p.StandardError.ReadToEnd() : "(still running)"));
        // kill once this many commits were acknowledged (a count, not a time: a loaded CI machine is slow)
        while (lines.Count < killAfterAcks && wait.Elapsed < TimeSpan.FromSeconds(90) && !p.HasExited)
        {
            Thread.Sleep(1);
        }

        p.Kill(); // SIGKILL on Linux: no chance to finish a transaction or close the file
        p.WaitForExit();
        foreach (var line in lines)
        {
            Record(line);
        }

        Assert.True(acked.Count > 5, $"only {acked.Count} commits before the kill");
        using var store = RegisterStore.Open(db);
        Assert.Equal("ok", store.IntegrityCheck());
        var refs = store.Run(t => t.AllApplicationRefs());
        Assert.All(acked, r => Assert.Contains(r, refs));
        Assert.All(closed, r => Assert.Equal(Domain.ApplicationState.Closed, store.Run(t => t.FindApplication(r))!.State));
        Assert.InRange(refs.Count, acked.Count, acked.Count + 1);

        void Record(string line)
        {
            var parts = line.Split(' ');
            if (parts[0] == "ACK")
            {
                acked.Add(parts[1]);
                if (parts.Length > 2)
                {
                    closed.Add(parts[1]);
                }
            }
        }
    }
}
