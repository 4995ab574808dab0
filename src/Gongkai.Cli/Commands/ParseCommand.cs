using System.CommandLine;
using Gongkai.Cli.Batch;
using Gongkai.Cli.Output;
using Gongkai.Formats;
using Gongkai.Formats.Dump;
using Gongkai.Localization;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai parse`: print the model read from one document.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "报告文件 / a report file" };
        var format = new Option<string>("--format", "--to") { Description = "输出格式 / output format: json, dump, yaml（编写文件 / an authoring file）", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "dump", "yaml");
        var lang = GongkaiCommand.LanguageOption();
        var cmd = new Command("parse", "读取一份报告并输出其模型（每个数值都带有出处）/ read one report and print its model, every value with where it stood") { file, format, lang };
        cmd.SetAction(r =>
        {
            var language = Ui.Resolve(r.GetValue(lang));
            var path = r.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine(Ui.T(language, $"gongkai：找不到文件：{path}", $"gongkai: no such file: {path}"));
                return ExitCodes.Unreadable;
            }

            var (read, _) = CheckRunner.Read(path, ReaderOptions.Default);
            foreach (var d in read.Diagnostics)
            {
                Console.Error.WriteLine(Ui.Severity(language, d.Severity) + " " + d.Id + " " + d.Primary.ToDisplayString() + " " + MessageFormatter.Format(d, Catalogs.All, language));
            }

            if (read.Value is null)
            {
                return ExitCodes.Unreadable;
            }

            Console.Out.Write(r.GetValue(format) switch
            {
                "dump" => ModelDump.Write(read.Value),
                "yaml" => Formats.Authoring.AuthoringFile.Write(read.Value),
                _ => ModelJson.Write(read.Value) + "\n",
            });
            return ExitCodes.Clean;
        });
        return cmd;
    }
}
