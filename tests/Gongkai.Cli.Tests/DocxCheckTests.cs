using System.IO.Compression;

namespace Gongkai.Tests;

/// <summary>`gongkai check` on Word documents: findings with their table and cell, and a workbook refused as what it is.</summary>
public sealed class DocxCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-cli-docx-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ArithmeticDefects_ReportedWithTheirCells()
    {
        var r = CliRunner.Run("check", "tests/corpus/docx/chenglan-2023-arithmetic.docx");
        Assert.True(r.ExitCode == 1, r.Out + r.Err);
        Assert.Contains("(docx)", r.Out);
        foreach (var id in new[] { "A1", "A2", "A3", "A4" })
        {
            Assert.Contains("错误 " + id, r.Out);
        }

        Assert.Contains("(table 2, row 27, cell 10)", r.Out);
        Assert.DoesNotContain("Exception", r.Out + r.Err);
    }

    [Fact]
    public void CleanDocx_Exit0()
    {
        var r = CliRunner.Run("check", "tests/corpus/docx/qinghe-2024-textboxes.docx", "--lang", "en");
        Assert.True(r.ExitCode == 0, r.Out + r.Err);
        Assert.Contains("青禾市生态环境局", r.Out);
    }

    [Fact]
    public void ZipThatIsNoWordDocument_Exit2SayingWhatItIs()
    {
        var f = Path.Combine(_dir, "report.docx");
        using (var zip = ZipFile.Open(f, ZipArchiveMode.Create))
        {
            using var s = zip.CreateEntry("xl/workbook.xml").Open();
            s.Write("<workbook/>"u8);
        }

        var r = CliRunner.Run("check", f);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("R007", r.Out);
        Assert.Contains("XLSX", r.Out);
    }
}
