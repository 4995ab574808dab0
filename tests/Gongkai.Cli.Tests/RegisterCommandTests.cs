namespace Gongkai.Tests;

/// <summary>The register from the command line, as a new user meets it: demo, overdue, report, check.</summary>
public sealed class RegisterCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-register-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Demo_Overdue_ReportJson_AsANewUser()
    {
        var demo = CliRunner.RunIn(_dir, "demo", "--today", "2025-11-20", "--applications", "800");
        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("已在", demo.Out);
        Assert.True(File.Exists(Path.Combine(_dir, "gongkai.db")));

        var overdue = CliRunner.RunIn(_dir, "overdue", "--within", "5", "--today", "2025-11-20");
        Assert.Equal(0, overdue.ExitCode);
        Assert.Contains("已超过答复期限", overdue.Out);
        Assert.Contains("5 个工作日内到期", overdue.Out);

        var report = CliRunner.RunIn(_dir, "report", "--year", "2024", "--to", "json", "--today", "2025-11-20");
        Assert.Equal(0, report.ExitCode);
        Assert.DoesNotContain("错误", report.Err);
        Assert.True(File.Exists(Path.Combine(_dir, "2024年政府信息公开工作年度报告.json")));

        var again = CliRunner.RunIn(_dir, "demo", "--today", "2025-11-20");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("已有申请", again.Err);
        Assert.DoesNotContain("Exception", again.Err + again.Out);
    }

    [Fact]
    public void App_AddCloseAndIllegalStep_ClearMessages()
    {
        var add = CliRunner.RunIn(_dir, "app", "add", "--applicant", "李某", "--type", "自然人", "--channel", "邮寄", "--received", "2025-09-26");
        Assert.Equal(0, add.ExitCode);
        Assert.Contains("2025-00001", add.Out);
        Assert.Contains("2025-10-30", add.Out);
        Assert.Equal(0, CliRunner.RunIn(_dir, "app", "close", "2025-00001", "--outcome", "予以公开", "--on", "2025-10-10").ExitCode);
        var extend = CliRunner.RunIn(_dir, "app", "update", "2025-00001", "--extend", "2025-10-11", "--days", "10", "--approver", "主任");
        Assert.Equal(2, extend.ExitCode);
        Assert.Contains("已办结", extend.Err);
        var badDate = CliRunner.RunIn(_dir, "app", "add", "--applicant", "王某", "--received", "2025-02-30");
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("不是有效日期", badDate.Err);
        var show = CliRunner.RunIn(_dir, "app", "show", "2025-00001", "--explain");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("调休", show.Out);
        Assert.Contains("close", show.Out);
    }

    [Fact]
    public void AppealAndDocCorrect_InAPublishedYear_AsAnOfficeWouldUseThem()
    {
        Assert.Equal(0, CliRunner.RunIn(_dir, "app", "add", "--applicant", "李某", "--type", "自然人", "--received", "2024-03-04", "--today", "2025-02-01").ExitCode);
        Assert.Equal(0, CliRunner.RunIn(_dir, "app", "close", "2024-00001", "--outcome", "三.4", "--on", "2024-03-20", "--today", "2025-02-01").ExitCode);
        Assert.Equal(0, CliRunner.RunIn(_dir, "appeal", "add", "--app", "2024-00001", "--kind", "复议", "--filed", "2024-05-06", "--today", "2025-02-01").ExitCode);
        Assert.Equal(0, CliRunner.RunIn(_dir, "appeal", "close", "复2024-001", "--result", "维持", "--on", "2024-08-01", "--today", "2025-02-01").ExitCode);
        Assert.Equal(0, CliRunner.RunIn(_dir, "doc", "add", "--number", "霁规〔2024〕1号", "--title", "某办法", "--issued", "2024-04-01", "--today", "2025-02-01").ExitCode);
        Assert.Equal(0, CliRunner.RunIn(_dir, "report", "--year", "2024", "--to", "json", "--publish", "--today", "2025-02-01").ExitCode);

        // deciding again is refused and points at the correction
        var again = CliRunner.RunIn(_dir, "appeal", "close", "复2024-001", "--result", "纠正", "--on", "2024-08-02");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("更正", again.Err);

        var nothing = CliRunner.RunIn(_dir, "appeal", "correct", "复2024-001", "--reason", "x");
        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("没有要更正的内容", nothing.Err);
        var noReason = CliRunner.RunIn(_dir, "appeal", "correct", "复2024-001", "--result", "纠正");
        Assert.Equal(2, noReason.ExitCode);
        Assert.DoesNotContain("Exception", noReason.Err + noReason.Out);

        var fixedAppeal = CliRunner.RunIn(_dir, "appeal", "correct", "复2024-001", "--result", "纠正", "--reason", "复议决定为撤销原答复");
        Assert.Equal(0, fixedAppeal.ExitCode);
        Assert.Contains("纠正", fixedAppeal.Out);
        var repeal = CliRunner.RunIn(_dir, "doc", "correct", "霁规〔2024〕1号", "--repealed", "2024-12-01", "--reason", "漏登废止");
        Assert.Equal(0, repeal.ExitCode);
        Assert.Contains("废止 2024-12-01", repeal.Out);

        // the year's report now says it no longer matches what was published
        var report = CliRunner.RunIn(_dir, "report", "--year", "2024", "--to", "json", "--out", "again.json", "--today", "2025-02-01");
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("不一致", report.Err);
    }

    [Fact]
    public void Calendar_Month_ShowsMakeUpDays()
    {
        var r = CliRunner.RunIn(_dir, "calendar", "--month", "2025-10");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("班", r.Out);
        Assert.Contains("国庆", r.Out);
    }

    [Fact]
    public void ReportDocx_ThenCheck_NoErrorFindings()
    {
        Assert.Equal(0, CliRunner.RunIn(_dir, "demo", "--today", "2025-11-20", "--applications", "800").ExitCode);
        var report = CliRunner.RunIn(_dir, "report", "--year", "2024", "--to", "docx", "--out", "r.docx", "--today", "2025-11-20");
        Assert.Equal(0, report.ExitCode);
        var check = CliRunner.RunIn(_dir, "check", Path.Combine(_dir, "r.docx"), "--severity", "error");
        Assert.Equal(0, check.ExitCode);
    }
}
