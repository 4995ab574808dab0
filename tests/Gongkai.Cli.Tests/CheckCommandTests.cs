using System.Text.Json;

namespace Gongkai.Tests;

/// <summary>`gongkai check` as a new user meets it: clear messages and the documented exit codes.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void MissingFile_Exit2WithMessage()
    {
        var r = CliRunner.Run("check", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("找不到文件或文件夹", r.Err);
        Assert.DoesNotContain("Exception", r.Err + r.Out);
    }

    [Fact]
    public void UnknownOption_IsNamedAsAnOption_NotAsAMissingFile()
    {
        var r = CliRunner.Run("check", "--bogus");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("未知选项：--bogus", r.Err);
        Assert.DoesNotContain("找不到文件", r.Err);
    }

    [Fact]
    public void MissingFile_InEnglish()
    {
        var r = CliRunner.Run("check", Path.Combine(_dir, "nope.txt"), "--lang", "en");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no such file or folder", r.Err);
    }

    [Fact]
    public void EmptyFile_Exit2WithMessage()
    {
        var f = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(f, string.Empty);
        var r = CliRunner.Run("check", f);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("R001", r.Out);
        Assert.Contains("文件为空", r.Out);
    }

    [Fact]
    public void BinaryFile_Exit2WithMessage()
    {
        var f = Path.Combine(_dir, "image.txt");
        File.WriteAllBytes(f, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        var r = CliRunner.Run("check", f);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("R002", r.Out);
    }

    [Fact]
    public void TextThatIsNoReport_Exit2WithMessage()
    {
        var f = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(f, "会议纪要\n今天讨论了明年的预算安排。\n");
        var r = CliRunner.Run("check", f);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("R003", r.Out);
    }

    [Fact]
    public void EmptyFolder_Exit2WithMessage()
    {
        var r = CliRunner.Run("check", _dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("没有文件可检查", r.Err);
    }

    [Fact]
    public void FolderWithoutReports_Exit2AndListsWhy()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "随便写的一段文字，没有任何表格。\n");
        File.WriteAllBytes(Path.Combine(_dir, "b.bin"), [0, 1, 2, 3, 0, 0, 7]);
        var r = CliRunner.Run("check", _dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("共检查 0 份报告", r.Out);
        Assert.Contains("未能读取 1 个文件", r.Out);
        Assert.Contains("跳过 1 个不是年度报告的文件", r.Out);
    }

    [Fact]
    public void BadUsage_Exit2()
    {
        Assert.Equal(2, CliRunner.Run("check").ExitCode);
        Assert.Equal(2, CliRunner.Run("check", "samples", "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
    }

    [Fact]
    public void CleanSample_Exit0()
    {
        var r = CliRunner.Run("check", "samples/clean-2024-qinghe-eco.txt");
        Assert.True(r.ExitCode == 0, r.Out + r.Err);
        Assert.Contains("青禾市生态环境局", r.Out);
    }

    [Fact]
    public void SamplesFolder_Exit1AndJsonIsComplete()
    {
        var r = CliRunner.Run("check", "samples", "--format", "json", "--no-progress");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var reports = doc.RootElement.GetProperty("reports");
        Assert.Equal(Directory.GetFiles(TestPaths.Repo("samples"), "*.txt").Length, reports.GetArrayLength());
        foreach (var rep in reports.EnumerateArray())
        {
            Assert.True(rep.GetProperty("rules").GetArrayLength() > 0);
            foreach (var f in rep.GetProperty("findings").EnumerateArray())
            {
                Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("message").GetString()));
                Assert.DoesNotContain("{", f.GetProperty("message").GetString(), StringComparison.Ordinal);
            }
        }

        Assert.True(doc.RootElement.GetProperty("summary").GetProperty("errors").GetInt32() > 0);
    }

    [Fact]
    public void Pair_FindsLastYearsReportInTheBatch()
    {
        var r = CliRunner.Run("check", "samples", "--pair", "--format", "json", "--no-progress");
        using var doc = JsonDocument.Parse(r.Out);
        var current = doc.RootElement.GetProperty("reports").EnumerateArray().Single(x => x.GetProperty("file").GetString()!.Contains("pair-2024", StringComparison.Ordinal));
        var y1 = current.GetProperty("rules").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "Y1");
        Assert.Equal("fail", y1.GetProperty("status").GetString());
        var prior = doc.RootElement.GetProperty("reports").EnumerateArray().Single(x => x.GetProperty("file").GetString()!.Contains("pair-2023", StringComparison.Ordinal));
        Assert.Equal("not_assessable", prior.GetProperty("rules").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "Y1").GetProperty("status").GetString());
    }

    [Fact]
    public void Parse_PrintsTheModelAsJson()
    {
        var r = CliRunner.Run("parse", "samples/clean-2024-qinghe-eco.txt");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var cell = doc.RootElement.GetProperty("tables").GetProperty("t2").GetProperty("cells").GetProperty("t2.new.total");
        Assert.Equal("number", cell.GetProperty("state").GetString());
        Assert.True(cell.GetProperty("where").GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public void Rules_ListsTheCatalogue()
    {
        var r = CliRunner.Run("rules", "--lang", "en");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("A1", r.Out);
        Assert.Contains("Table 2 row totals", r.Out);
    }
}
