using System.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.LegacyWord;

namespace Gongkai.Tests.Docx;

/// <summary>
/// Legacy documents through LibreOffice: refused with instructions when it is missing, stopped when it hangs, and a
/// failed conversion reported. The failure paths run a stand-in program, so they need no LibreOffice.
/// </summary>
public sealed class LegacyWordTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("gongkai-legacy-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static byte[] Doc => File.ReadAllBytes(DocxCorpus.Path("linchuan-2023.doc"));

    [Fact]
    public void NoLibreOffice_RefusedWithTheDebianPackageAndCommand()
    {
        var reader = new LegacyWordReader(new LegacyWordReaderOptions { SofficePath = Path.Combine(_dir.FullName, "no-such-soffice") });
        Assert.False(reader.CanConvert);
        foreach (var bytes in new[] { Doc, "{\\rtf1 x}"u8.ToArray() })
        {
            var r = reader.Read(new ReportSource("old.doc", bytes), ReaderOptions.Default);
            Assert.Null(r.Value);
            var d = Assert.Single(r.Diagnostics);
            Assert.Equal(ReaderMessages.ConverterMissing, d.Id);
            var zh = Localization.MessageFormatter.Format(d, ReaderMessages.Catalog, Diagnostics.Language.Zh);
            var en = Localization.MessageFormatter.Format(d, ReaderMessages.Catalog, Diagnostics.Language.En);
            Assert.Contains("libreoffice-writer-nogui", zh, StringComparison.Ordinal);
            Assert.Contains("apt-get install", en, StringComparison.Ordinal);
            Assert.Contains("soffice --headless --convert-to docx", en, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void HangingConverter_StoppedAtTheTimeout()
    {
        Skip.If(OperatingSystem.IsWindows(), "the stand-in converter is a shell script");
        var script = Script("sleep 60");
        var reader = new LegacyWordReader(new LegacyWordReaderOptions { SofficePath = script, Timeout = TimeSpan.FromSeconds(1), TempRoot = _dir.FullName });
        var sw = Stopwatch.StartNew();
        var r = reader.Read(new ReportSource("slow.doc", Doc), ReaderOptions.Default);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), "took " + sw.Elapsed);
        Assert.Equal(ReaderMessages.ConversionTimeout, Assert.Single(r.Diagnostics).Id);
        Assert.Empty(_dir.GetDirectories("gongkai-lo-*"));
    }

    [SkippableFact]
    public void FailingConverter_ReportedWithWhatItSaid()
    {
        Skip.If(OperatingSystem.IsWindows(), "the stand-in converter is a shell script");
        var script = Script("echo 'Error: source file could not be loaded' >&2; exit 1");
        var reader = new LegacyWordReader(new LegacyWordReaderOptions { SofficePath = script, TempRoot = _dir.FullName });
        var r = reader.Read(new ReportSource("bad.rtf", "{\\rtf1 x}"u8.ToArray()), ReaderOptions.Default);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(ReaderMessages.ConversionFailed, d.Id);
        Assert.Contains("could not be loaded", d.Arg("detail"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ConverterGetsContentNamedByItsKind_NotByTheFileName()
    {
        Skip.If(OperatingSystem.IsWindows(), "the stand-in converter is a shell script");

        // the stand-in records the input it was given, then fails
        var log = Path.Combine(_dir.FullName, "args.txt");
        var script = Script("for a in \"$@\"; do echo \"$a\"; done > '" + log + "'; exit 3");
        var reader = new LegacyWordReader(new LegacyWordReaderOptions { SofficePath = script, TempRoot = _dir.FullName });
        reader.Read(new ReportSource("report.wps", Doc), ReaderOptions.Default);
        var args = File.ReadAllLines(log);
        Assert.EndsWith("document.doc", args[^1], StringComparison.Ordinal);
        Assert.Contains("--headless", args);
        Assert.Contains(args, a => a.StartsWith("-env:UserInstallation=file:///", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void RealConversion_ReadsTheDocument()
    {
        Skip.IfNot(LegacyWordReader.Instance.CanConvert, DocxCorpus.NoLibreOffice);
        var r = LegacyWordReader.Instance.Read(new ReportSource("linchuan.wps", Doc), ReaderOptions.Default);
        Assert.NotNull(r.Value);
        Assert.Equal("doc", r.Value!.Format);
        Assert.Equal(6, r.Value.Sections.Length);
    }

    [Fact]
    public void NeitherWordNorRtf_Refused()
    {
        var r = LegacyWordReader.Instance.Read(new ReportSource("x.doc", "plain"u8.ToArray()), ReaderOptions.Default);
        Assert.Equal(ReaderMessages.UnsupportedFormat, Assert.Single(r.Diagnostics).Id);
    }

    private string Script(string body)
    {
        var path = Path.Combine(_dir.FullName, "fake-soffice-" + Guid.NewGuid().ToString("N")[..8]);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
