using System.Text;

namespace Gongkai.Tests;

/// <summary>`gongkai new` and `gongkai render` as a new user meets them, and `parse --format yaml`.</summary>
public sealed class NewAndRenderCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-render-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    private static string Sample(string name) => TestPaths.Repo("samples", name);

    [Fact]
    public void NewUser_NewFillRenderCheck_IsClean()
    {
        var r = CliRunner.RunIn(_dir, "new", "--year", "2025", "--body", "青禾市交通运输局");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("gongkai render report-2025.yaml --to docx", r.Err);
        var yaml = File.ReadAllText(P("report-2025.yaml"));

        // a few numbers, balanced as the file's comment says (一 + 二 = （七）总计 + 四), and the prompts replaced
        yaml = yaml.Replace("  new: [0, 0, 0, 0, 0, 0]", "  new: [3, 1, 0, 0, 0, 0]", StringComparison.Ordinal)
            .Replace("  granted: [0, 0, 0, 0, 0, 0]", "  granted: [2, 1, 0, 0, 0, 0]", StringComparison.Ordinal)
            .Replace("  carried_forward: [0, 0, 0, 0, 0, 0]", "  carried_forward: [1, 0, 0, 0, 0, 0]", StringComparison.Ordinal)
            .Replace("  licensing: 0 ", "  licensing: 12", StringComparison.Ordinal);
        yaml = System.Text.RegularExpressions.Regex.Replace(yaml, "（请填写：[^）]*）", "本机关按要求做好相关工作。");
        File.WriteAllText(P("report-2025.yaml"), yaml, new UTF8Encoding(false));

        var render = CliRunner.RunIn(_dir, "render", "report-2025.yaml", "--to", "docx");
        Assert.Equal(0, render.ExitCode);
        Assert.True(File.Exists(P("report-2025.docx")));
        Assert.Equal(0, CliRunner.RunIn(_dir, "check", "report-2025.yaml").ExitCode);

        // and the DOCX itself, read back by the DOCX reader
        var docx = CliRunner.RunIn(_dir, "check", "report-2025.docx");
        Assert.Equal(0, docx.ExitCode);
        Assert.Contains("错误 0，警告 0", docx.Out);

        Assert.Equal(0, CliRunner.RunIn(_dir, "render", "report-2025.yaml", "--to", "md").ExitCode);
        var check = CliRunner.RunIn(_dir, "check", "report-2025.md");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("青禾市交通运输局 · 2025 年 · 2021 年版格式", check.Out);
        Assert.Contains("错误 0，警告 0", check.Out);
    }

    [Fact]
    public void New_DoesNotOverwrite_WithoutForce()
    {
        Assert.Equal(0, CliRunner.RunIn(_dir, "new", "--year", "2024", "--body", "某局", "-o", "a.yaml").ExitCode);
        var again = CliRunner.RunIn(_dir, "new", "--year", "2024", "--body", "某局", "-o", "a.yaml");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("已存在", again.Err);
        Assert.Equal(0, CliRunner.RunIn(_dir, "new", "--year", "2024", "--body", "某局", "-o", "a.yaml", "--force").ExitCode);
    }

    [Fact]
    public void New_ToStandardOutput_And2019Edition()
    {
        var r = CliRunner.RunIn(_dir, "new", "--year", "2020", "--body", "某局", "-o", "-");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("edition: 2019", r.Out);
        Assert.Contains("  procurement: [0, 0]", r.Out);
    }

    [Fact]
    public void New_WithoutBody_IsAUsageError()
    {
        var r = CliRunner.RunIn(_dir, "new", "--year", "2025");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--body", r.Err);
    }

    [Theory]
    [InlineData("md", ".md")]
    [InlineData("txt", ".txt")]
    [InlineData("html", ".html")]
    [InlineData("docx", ".docx")]
    [InlineData("yaml", ".yaml")]
    public void Render_Sample_WritesBesideTheInput(string to, string extension)
    {
        File.Copy(Sample("clean-2024-qinghe-eco.txt"), P("qinghe.report"));
        var r = CliRunner.RunIn(_dir, "render", "qinghe.report", "--to", to);
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(P("qinghe" + extension)), r.Err);
        Assert.Contains("qinghe" + extension, r.Err);
    }

    [Fact]
    public void Render_ToTheInputItself_IsRefused()
    {
        File.Copy(Sample("clean-2024-qinghe-eco.txt"), P("qinghe.txt"));
        var r = CliRunner.RunIn(_dir, "render", "qinghe.txt", "--to", "txt");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("覆盖输入文件", r.Err);
    }

    [Fact]
    public void Render_FormatFromTheOutputName()
    {
        var r = CliRunner.RunIn(_dir, "render", Sample("clean-2024-qinghe-eco.txt"), "-o", P("out.htm"));
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(P("out.htm")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutFormat_IsAUsageError()
    {
        var r = CliRunner.RunIn(_dir, "render", Sample("clean-2024-qinghe-eco.txt"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--to", r.Err);
    }

    [Fact]
    public void Render_MissingFile_Exit2()
    {
        var r = CliRunner.RunIn(_dir, "render", P("nope.yaml"), "--to", "docx", "--lang", "en");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no such file", r.Err);
    }

    [Fact]
    public void Render_ReportWithErrors_IsRefusedAndSaysWhy_UnlessForced()
    {
        var r = CliRunner.RunIn(_dir, "render", Sample("defect-arithmetic.txt"), "--to", "md", "-o", P("a.md"));
        Assert.Equal(1, r.ExitCode);
        Assert.False(File.Exists(P("a.md")));
        Assert.Contains("A1", r.Err);
        Assert.Contains("A4", r.Err);
        Assert.Contains("--force", r.Err);
        Assert.DoesNotContain("警告", r.Err.Split('\n').Where(l => l.Contains("  W", StringComparison.Ordinal)));

        var forced = CliRunner.RunIn(_dir, "render", Sample("defect-arithmetic.txt"), "--to", "md", "-o", P("a.md"), "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.True(File.Exists(P("a.md")));

        // a faithful copy: the wrong total is kept as printed, and found again
        Assert.Equal(1, CliRunner.RunIn(_dir, "check", P("a.md")).ExitCode);
    }

    [Fact]
    public void Render_AuthoringFileWithAWrongTotal_IsRefused_NamingTheCell()
    {
        var yaml = CliRunner.RunIn(_dir, "new", "--year", "2025", "--body", "某局", "-o", "-").Out
            .Replace("  review: [0, 0, 0, 0]", "  review: [1, 0, 0, 0, 2]", StringComparison.Ordinal);
        File.WriteAllText(P("r.yaml"), yaml);
        var r = CliRunner.RunIn(_dir, "render", "r.yaml", "--to", "docx", "--lang", "en");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("AU009", r.Err);
        Assert.Contains("typed as 2", r.Err);
        Assert.Contains("add up to 1", r.Err);
    }

    [Fact]
    public void Render_AuthoringFileWithASyntaxError_SaysWhere_Exit2()
    {
        File.WriteAllText(P("bad.yaml"), "gongkai: 1\nyear: 2025\nbody: 某局\ntable2:\n  new: [1, 2\n");
        var r = CliRunner.RunIn(_dir, "render", "bad.yaml", "--to", "docx");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("AU001  6:1  YAML 语法错误", r.Err);
        Assert.False(File.Exists(P("bad.docx")));
    }

    [Fact]
    public void Render_Pdf_WithoutChromium_SaysHowToInstallIt()
    {
        var r = CliRunner.RunWith(_dir, new Dictionary<string, string> { ["GONGKAI_CHROMIUM"] = P("no-chromium") }, "render", Sample("clean-2024-qinghe-eco.txt"), "--to", "pdf", "-o", P("q.pdf"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("apt-get install chromium", r.Err);
        Assert.False(File.Exists(P("q.pdf")));
        Assert.Empty(Directory.GetFiles(_dir, "*.gongkai-tmp"));
    }

    [Fact]
    public void Parse_ToYaml_ThenRender_IsFaithful()
    {
        var parse = CliRunner.RunIn(_dir, "parse", Sample("defect-blanks-placeholders.txt"), "--format", "yaml");
        Assert.Equal(0, parse.ExitCode);
        Assert.Contains("totals: as-read", parse.Out);
        File.WriteAllText(P("b.yaml"), parse.Out);
        Assert.Equal(0, CliRunner.RunIn(_dir, "render", "b.yaml", "--to", "txt", "--force").ExitCode);

        var original = CliRunner.RunIn(_dir, "parse", Sample("defect-blanks-placeholders.txt"), "--format", "dump").Out;
        var again = CliRunner.RunIn(_dir, "parse", P("b.txt"), "--format", "dump").Out;
        Assert.Equal(Cells(original), Cells(again));

        static string Cells(string dump) => string.Join("\n", dump.Split('\n').Where(l => l.StartsWith('t') && l.Contains(" = ", StringComparison.Ordinal)).Select(l => l.Split(" @ ")[0]));
    }
}
