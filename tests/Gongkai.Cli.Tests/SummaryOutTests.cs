using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Gongkai.Tests;

/// <summary>`gongkai check --out summary.csv|.xlsx|.json`: one row per file, ready for a spreadsheet.</summary>
public sealed class SummaryOutTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Csv_HasAHeaderAndOneRowPerFile_AndOpensInExcelAsUtf8()
    {
        var path = Path.Combine(_dir, "summary.csv");
        var r = CliRunner.Run("check", "samples", "--quiet", "--out", path);
        Assert.Equal(1, r.ExitCode);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("文件,格式,机关,年度", lines[0], StringComparison.Ordinal);
        Assert.Contains("A1", lines[0].Split(','));
        Assert.Equal(Directory.GetFiles(TestPaths.Repo("samples")).Count(f => !Path.GetFileName(f).StartsWith('.')) + 1, lines.Length);
        var arithmetic = lines.Single(l => l.Contains("defect-arithmetic", StringComparison.Ordinal));
        Assert.Contains("澄岚市住房和城乡建设局,2023,2021,已读取,4,", arithmetic);
    }

    [Fact]
    public void Json_InEnglish_HasEveryRuleStatus()
    {
        var path = Path.Combine(_dir, "summary.json");
        CliRunner.Run("check", "samples", "--quiet", "--lang", "en", "--out", path);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var rows = doc.RootElement.EnumerateArray().ToList();
        var clean = rows.Single(r => r.GetProperty("file").GetString()!.Contains("clean-2024-qinghe", StringComparison.Ordinal));
        Assert.Equal(0, clean.GetProperty("errors").GetInt32());
        Assert.Equal("pass", clean.GetProperty("A1").GetString());
        var readme = rows.Single(r => r.GetProperty("file").GetString()!.EndsWith("README.md", StringComparison.Ordinal));
        Assert.Equal("not a report", readme.GetProperty("read").GetString());
    }

    [SkippableFact]
    public void Xlsx_IsValidAndOpensInLibreOfficeCalc()
    {
        var path = Path.Combine(_dir, "summary.xlsx");
        CliRunner.Run("check", "samples", "--quiet", "--out", path);
        using (var doc = SpreadsheetDocument.Open(path, false))
        {
            var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
            Assert.Empty(errors);
        }

        Skip.If(!File.Exists("/usr/lib/libreoffice/program/libsclo.so"), "LibreOffice Calc is not installed (Debian package libreoffice-calc-nogui): the opening test is skipped");
        var psi = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "-env:UserInstallation=file://" + Path.Combine(_dir, "lo"), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", _dir, path })
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        Assert.True(p.WaitForExit(120_000), "LibreOffice did not finish");
        var csv = File.ReadAllText(Path.Combine(_dir, "summary.csv"));
        Assert.Contains("澄岚市住房和城乡建设局", csv);
        Assert.Contains("未通过", csv);
    }

    [Fact]
    public void WrongExtension_IsBadUsage()
    {
        var r = CliRunner.Run("check", "samples", "--out", Path.Combine(_dir, "x.txt"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(".xlsx", r.Err);
    }
}
