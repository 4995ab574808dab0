using System.CommandLine;
using System.Diagnostics;
using Gongkai.Cases.Demo;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai demo`: a realistic register of an invented body, to try the program on.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var years = new Option<string?>("--years") { Description = "年度或年度范围，如 2025 或 2023-2025（默认：去年和今年）/ year or range (default: last year and this year)" };
        var per = new Option<int>("--applications") { Description = "每年约多少件申请 / applications per year", DefaultValueFactory = _ => 1200 };
        var seed = new Option<int>("--seed") { Description = "随机种子（相同种子生成相同数据）/ seed", DefaultValueFactory = _ => 2025 };
        var body = new Option<string?>("--body") { Description = "虚构机关名称 / the invented body" };
        var cmd = new Command("demo", "生成一个示例登记簿（虚构机关，一年或数年的申请与案件）/ create a demo register for an invented body") { years, per, seed, body };
        RegisterCli.AddGlobals(cmd);
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var today = reg.Today;
            var (from, to) = Years(r.GetValue(years), today.Year);
            if (r.GetValue(per) is < 1 or > 2_000_000)
            {
                throw new Cases.Domain.RegisterException("CLI040", "每年申请数应在 1 至 2,000,000 之间", "applications per year must be 1 to 2,000,000");
            }

            var sw = Stopwatch.StartNew();
            var options = new DemoOptions(from, to, r.GetValue(per), r.GetValue(seed), today) { Body = r.GetValue(body) ?? "青禾市生态环境局" };
            var data = new DemoGenerator(reg.Workflow).Generate(options);
            reg.LoadDemo(data);
            Console.Out.WriteLine(Ui.T(
                lang,
                $"已在 {reg.Store.Location} 生成“{data.Body}”{from}–{to} 年的示例数据：申请 {data.Applications.Count} 件，复议诉讼 {data.Appeals.Count} 件，规范性文件 {data.Documents.Count} 件（{sw.Elapsed.TotalSeconds:F1} 秒）",
                $"created demo data for \"{data.Body}\" {from}–{to} in {reg.Store.Location}: {data.Applications.Count} applications, {data.Appeals.Count} appeals, {data.Documents.Count} documents ({sw.Elapsed.TotalSeconds:F1} s)"));
            Console.Out.WriteLine(Ui.T(lang, $"下一步：gongkai overdue --within 5；gongkai report --year {to - (to == today.Year ? 1 : 0)} --to docx", $"next: gongkai overdue --within 5; gongkai report --year {to - (to == today.Year ? 1 : 0)} --to docx"));
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static (int, int) Years(string? text, int thisYear)
    {
        if (text is null)
        {
            return (thisYear - 1, thisYear);
        }

        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var a) && int.TryParse(parts[^1], System.Globalization.CultureInfo.InvariantCulture, out var b) && a <= b && a >= 2008 && b <= thisYear)
        {
            return (a, b);
        }

        throw new Cases.Domain.RegisterException("CLI041", $"年度“{text}”无效：应为 2025 或 2023-2025，且不晚于今年", $"invalid years \"{text}\": use 2025 or 2023-2025, not after this year");
    }
}
