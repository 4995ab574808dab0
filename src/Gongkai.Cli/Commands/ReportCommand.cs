using System.CommandLine;
using Gongkai.Cases;
using Gongkai.Cli.Output;
using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.Dump;
using Gongkai.Localization;
using Gongkai.Rules;
using Gongkai.Schema;

namespace Gongkai.Cli.Commands;

/// <summary>
/// `gongkai report --year 2025 --to docx`: the annual report computed from the register, written by a registered
/// writer (or the model as JSON), audited before it is written; `--publish` locks the year.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "报告年度 / the year", Required = true };
        var to = new Option<string>("--to") { Description = "输出格式：docx、html、pdf、md、txt（须已安装对应的写出器），或 json（报告模型）/ output format", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--out", "-o") { Description = "输出文件（默认为 <年度>年政府信息公开工作年度报告.<扩展名>）/ output file" };
        var edition = new Option<string?>("--edition") { Description = "格式版本：2021 或 2019（默认按年度）/ edition: 2021 or 2019 (default: by year)" };
        var publish = new Option<bool>("--publish") { Description = "发布并锁定该年度：此后改变该年度数据须作为更正提交 / publish and lock the year" };
        var cmd = new Command("report", "由登记簿生成年度报告 / the annual report from the register") { year, to, output, edition, publish };
        RegisterCli.AddGlobals(cmd);
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var y = r.GetValue(year);
            if (y is < 2008 or > 2100)
            {
                throw new Cases.Domain.RegisterException("CLI030", $"年度 {y} 无效", $"invalid year {y}");
            }

            ReportEdition? ed = r.GetValue(edition) switch
            {
                null => null,
                "2021" => ReportEdition.National2021,
                "2019" => ReportEdition.Trial2019,
                var e => throw new Cases.Domain.RegisterException("CLI031", $"格式版本“{e}”无效，应为 2021 或 2019", $"edition \"{e}\" must be 2021 or 2019"),
            };
            var format = r.GetValue(to)!.TrimStart('.').ToLowerInvariant();
            var writer = format == "json" ? null : FormatRegistry.Default.FindWriter(format);
            if (format != "json" && writer is null)
            {
                var known = string.Join("、", FormatRegistry.Default.Writers.Select(w => w.Format).Append("json"));
                Console.Error.WriteLine(Ui.T(lang, $"gongkai：尚未安装“{format}”格式的写出器；可用的格式：{known}", $"gongkai: no writer for \"{format}\" is installed; available: {known}"));
                return ExitCodes.Unreadable;
            }

            var result = reg.Annual(y, ed);
            Print(result, lang);
            var audit = Auditor.Default.Audit(result.Model);
            foreach (var f in audit.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning))
            {
                Console.Error.WriteLine($"{Ui.Severity(lang, f.Severity)} {f.Id} {MessageFormatter.Format(f, Catalogs.All, lang)}");
            }

            var path = r.GetValue(output) ?? $"{y}年政府信息公开工作年度报告{(writer?.Extension ?? ".json")}";
            using (var stream = File.Create(path))
            {
                if (writer is null)
                {
                    using var w = new StreamWriter(stream);
                    w.Write(ModelJson.Write(result.Model));
                }
                else
                {
                    var written = writer.Write(result.Model, stream, new WriterOptions { Language = lang });
                    foreach (var d in written.Diagnostics)
                    {
                        Console.Error.WriteLine($"{Ui.Severity(lang, d.Severity)} {d.Id} {MessageFormatter.Format(d, Catalogs.All, lang)}");
                    }

                    if (!written.Written)
                    {
                        return ExitCodes.Errors;
                    }
                }
            }

            Console.Out.WriteLine(Ui.T(lang, $"已写出 {path}", $"wrote {path}"));
            if (r.GetValue(publish))
            {
                var p = reg.Publish(y, ed);
                Console.Out.WriteLine(Ui.T(lang, $"{y} 年度已发布并锁定（{p.TablesHash[..19]}…）", $"{y} published and locked ({p.TablesHash[..19]}…)"));
            }

            return audit.Errors > 0 ? ExitCodes.Errors : ExitCodes.Clean;
        }));
        return cmd;
    }

    private static void Print(AnnualResult result, Language lang)
    {
        var f = result.Figures;
        var results = 0;
        foreach (var n in f.Results)
        {
            results += n;
        }

        Console.Out.WriteLine(Ui.T(
            lang,
            $"{f.Year} 年：新收 {f.New.Sum()}，上年结转 {f.CarriedOver.Sum()}，办结 {results}，结转下年度 {f.CarriedForward.Sum()}（{(result.Model.Edition == ReportEdition.Trial2019 ? "2019" : "2021")} 年版格式）",
            $"{f.Year}: new {f.New.Sum()}, carried over {f.CarriedOver.Sum()}, concluded {results}, carried forward {f.CarriedForward.Sum()} ({(result.Model.Edition == ReportEdition.Trial2019 ? "2019" : "2021")} edition)"));
        foreach (var m in result.MissingFigures)
        {
            Console.Error.WriteLine(Ui.T(lang, $"提示：未录入 {m}，按 0 计（gongkai counts set）", $"note: {m} not entered, taken as 0 (gongkai counts set)"));
        }

        if (result.Publication is { } p)
        {
            Console.Out.WriteLine(Ui.T(lang, $"该年度报告已于 {p.PublishedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd} 发布（已锁定）", $"this year's report was published on {p.PublishedAt:yyyy-MM-dd} (locked)"));
            if (result.DiffersFromPublication)
            {
                Console.Error.WriteLine(Ui.T(lang, $"警告：登记簿经更正后，与已发布的报告有 {result.ChangedSincePublication.Count} 个数值不一致：", $"warning: after corrections the register differs from the published report in {result.ChangedSincePublication.Count} cell(s):"));
                foreach (var c in result.ChangedSincePublication.Take(20))
                {
                    Console.Error.WriteLine($"  {c.Label}: {c.Published} → {c.Now}");
                }
            }
        }
    }
}
