using System.CommandLine;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai import FILE.csv`: all or nothing per file, errors per line.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "CSV 文件（申请、复议诉讼、规范性文件或年度数量；由表头识别）/ CSV files", Arity = ArgumentArity.OneOrMore };
        var cmd = new Command("import", "从 CSV 导入：每个文件要么全部导入，要么（有任何错误时）一条也不导入，并逐行报告错误 / import CSV files, each all or nothing, errors per line") { files, RegisterCli.Correction };
        RegisterCli.AddGlobals(cmd);
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var code = ExitCodes.Clean;
            foreach (var file in r.GetValue(files)!)
            {
                if (!File.Exists(file))
                {
                    Console.Error.WriteLine(Ui.T(lang, $"gongkai：找不到文件：{file}", $"gongkai: no such file: {file}"));
                    code = ExitCodes.Unreadable;
                    continue;
                }

                var result = reg.ImportCsv(File.ReadAllBytes(file), r.GetValue(RegisterCli.Correction));
                if (result.Ok)
                {
                    Console.Out.WriteLine(Ui.T(lang, $"{file}：已导入 {result.RecordCount} 条（{result.Kind}）", $"{file}: imported {result.RecordCount} record(s) ({result.Kind})"));
                    continue;
                }

                code = ExitCodes.Errors;
                Console.Error.WriteLine(Ui.T(lang, $"{file}：有 {result.Errors.Count} 处错误，整个文件未导入：", $"{file}: {result.Errors.Count} error(s); nothing from this file was imported:"));
                foreach (var e in result.Errors.Take(200))
                {
                    Console.Error.WriteLine("  " + e.In(lang));
                }
            }

            return code;
        }));
        return cmd;
    }
}
