using System.CommandLine;
using System.Text;
using Gongkai.Formats.Authoring;
using Gongkai.Schema;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai new`: write a complete blank authoring file — every cell, a comment on every block — to fill in.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "报告年度 / the year reported on", Required = true };
        var body = new Option<string>("--body") { Description = "报告机关 / the reporting body", Required = true };
        var edition = new Option<string?>("--edition") { Description = "格式版本 / format edition: 2021, 2019（默认按年度 / by default from the year）" };
        edition.AcceptOnlyFromAmong("2021", "2019");
        var output = new Option<string?>("--output", "-o") { Description = "输出文件，- 为标准输出（默认 report-<年度>.yaml）/ output file, - for standard output (default report-<year>.yaml)" };
        var force = new Option<bool>("--force") { Description = "覆盖已有文件 / overwrite an existing file" };
        var lang = GongkaiCommand.LanguageOption();
        var cmd = new Command("new", "生成一份空白的年度报告编写文件（YAML）/ write a blank authoring file (YAML) for an annual report")
        {
            year, body, edition, output, force, lang,
        };
        cmd.SetAction(r => Run(r.GetValue(year), r.GetValue(body)!, r.GetValue(edition), r.GetValue(output), r.GetValue(force), Ui.Resolve(r.GetValue(lang))));
        return cmd;
    }

    private static int Run(int year, string body, string? edition, string? output, bool force, Diagnostics.Language lang)
    {
        var err = Console.Error;
        if (year is < 1990 or > 2100)
        {
            err.WriteLine(Ui.T(lang, $"gongkai：年度 {year} 无效，应在 1990 至 2100 之间。", $"gongkai: the year {year} is not valid; it must be from 1990 to 2100."));
            return ExitCodes.Unreadable;
        }

        body = body.Trim();
        if (body.Length == 0)
        {
            err.WriteLine(Ui.T(lang, "gongkai：--body 不能为空，请写明报告机关。", "gongkai: --body must name the reporting body."));
            return ExitCodes.Unreadable;
        }

        var ed = edition switch
        {
            "2019" => ReportEdition.Trial2019,
            "2021" => ReportEdition.National2021,
            _ => ReportSchema.ExpectedEditionFor(year),
        };
        var yaml = AuthoringFile.New(year, body, ed);
        if (output == "-")
        {
            Console.Out.Write(yaml);
            return ExitCodes.Clean;
        }

        var path = output ?? $"report-{year}.yaml";
        if (File.Exists(path) && !force)
        {
            err.WriteLine(Ui.T(lang, $"gongkai：文件 {path} 已存在，未覆盖。要覆盖请加 --force，或用 -o 另选文件名。", $"gongkai: {path} exists and was left alone. Add --force to overwrite it, or choose another name with -o."));
            return ExitCodes.Unreadable;
        }

        try
        {
            File.WriteAllText(path, yaml, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            err.WriteLine(Ui.T(lang, $"gongkai：无法写入 {path}：{e.Message}", $"gongkai: cannot write {path}: {e.Message}"));
            return ExitCodes.Unreadable;
        }

        err.WriteLine(Ui.T(
            lang,
            $"已生成 {path}。请填写其中的数字和正文（“（请填写…）”处），然后运行：gongkai render {path} --to docx",
            $"Wrote {path}. Fill in its numbers and prose (where it says \"（请填写…）\"), then run: gongkai render {path} --to docx"));
        return ExitCodes.Clean;
    }
}
