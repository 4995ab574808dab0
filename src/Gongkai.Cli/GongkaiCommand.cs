using System.CommandLine;
using Gongkai.Cli.Commands;

namespace Gongkai.Cli;

/// <summary>The root command. Usage errors print a clear message and exit with 2.</summary>
internal static class GongkaiCommand
{
    public static RootCommand Create() =>
        new("gongkai：政府信息公开工作年度报告的读取与检查 / reading and checking annual government-information-disclosure reports")
        {
            CheckCommand.Create(),
            ParseCommand.Create(),
            RulesCommand.Create(),
            AppCommand.Create(),
            AppealCommand.Create(),
            DocCommand.Create(),
            CountsCommand.Create(),
            ImportCommand.Create(),
            OverdueCommand.Create(),
            ReportCommand.Create(),
            DemoCommand.Create(),
            CalendarCommand.Create(),
            NewCommand.Create(),
            RenderCommand.Create(),
        };

    public static Option<string?> LanguageOption()
    {
        var lang = new Option<string?>("--lang") { Description = "消息语言 / message language: zh, en (默认 zh，或环境变量 GONGKAI_LANG)" };
        lang.AcceptOnlyFromAmong("zh", "en");
        return lang;
    }

    public static int Run(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var english = Ui.Resolve(args.SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault()) == Diagnostics.Language.En;

        // System.CommandLine's own help and usage errors follow the UI culture
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(english ? "en-US" : "zh-Hans");
        var root = Create();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                Console.Error.WriteLine((english ? "gongkai: " : "gongkai：") + e.Message);
            }

            Console.Error.WriteLine(english ? "Run 'gongkai --help' for usage." : "用法见 gongkai --help。");
            return ExitCodes.Unreadable;
        }

        try
        {
            return parsed.Invoke();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // never a stack trace for a user: say what happened and how to report it
            Console.Error.WriteLine(english
                ? $"gongkai: internal error ({e.GetType().Name}: {e.Message}). Please report it with the command you ran."
                : $"gongkai：内部错误（{e.GetType().Name}：{e.Message}）。请连同所运行的命令一起报告此问题。");
            return ExitCodes.Unreadable;
        }
    }
}
