using System.CommandLine;
using System.Diagnostics;
using Gongkai.Cli.Batch;
using Gongkai.Cli.Output;
using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Localization;
using Gongkai.Rules;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai check`: read and audit files and folders.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "报告文件或文件夹 / report files or folders", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "输出格式 / output format: text, json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var prior = new Option<string?>("--prior") { Description = "同一机关上一年度的报告，用于跨年度规则 / the same body's report of the previous year, for the cross-year rules" };
        var lang = GongkaiCommand.LanguageOption();
        var severity = new Option<string>("--severity") { Description = "只列出不低于此级别的问题 / list findings of at least this severity: error, warning, info", DefaultValueFactory = _ => "info" };
        severity.AcceptOnlyFromAmong("error", "warning", "info");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "每份报告只列一行 / one line per report" };
        var noProgress = new Option<bool>("--no-progress") { Description = "不显示进度条 / no progress bar" };

        var cmd = new Command("check", "检查年度报告并列出问题 / check annual reports and list findings")
        {
            paths, format, prior, lang, severity, quiet, noProgress,
        };
        cmd.SetAction(r => Run(
            r.GetValue(paths)!,
            r.GetValue(format)!,
            r.GetValue(prior),
            Ui.Resolve(r.GetValue(lang)),
            r.GetValue(severity) switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info },
            r.GetValue(quiet),
            r.GetValue(noProgress)));
        return cmd;
    }

    private static int Run(string[] paths, string format, string? priorPath, Language lang, Severity minimum, bool quiet, bool noProgress)
    {
        var err = Console.Error;
        var stopwatch = Stopwatch.StartNew();
        var (inputs, missing) = InputScanner.Scan(paths);
        foreach (var m in missing)
        {
            err.WriteLine(Ui.T(lang, $"gongkai：找不到文件或文件夹：{m}", $"gongkai: no such file or folder: {m}"));
        }

        if (inputs.Count == 0)
        {
            if (missing.Count == 0)
            {
                err.WriteLine(Ui.T(lang, "gongkai：指定的文件夹中没有文件可检查。", "gongkai: the folders given contain no files to check."));
            }

            return ExitCodes.Unreadable;
        }

        var context = RuleContext.Default;
        if (priorPath is not null)
        {
            var (priorRead, _) = CheckRunner.Read(priorPath, ReaderOptions.Default);
            if (priorRead.Value is null)
            {
                var why = priorRead.Diagnostics.FirstOrDefault();
                err.WriteLine(Ui.T(lang, $"gongkai：无法读取上一年度报告 {priorPath}：", $"gongkai: cannot read the prior-year report {priorPath}: ")
                    + (why is null ? "" : MessageFormatter.Format(why, Catalogs.All, lang)));
                return ExitCodes.Unreadable;
            }

            context = context with { Prior = priorRead.Value };
        }

        var outcomes = RunWithProgress(inputs, context, lang, noProgress || inputs.Count < 2);
        stopwatch.Stop();

        if (format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            JsonOutput.Write(stdout, outcomes, lang, stopwatch.Elapsed);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            var text = new TextOutput(Console.Out, lang, Painter.ForStdout, minimum, quiet);
            foreach (var o in outcomes)
            {
                // a file found in a folder that is no report is only listed in the summary
                if (!(o.IsNotAReport && !o.Named && outcomes.Length > 1))
                {
                    text.Report(o);
                }
            }

            if (outcomes.Length > 1)
            {
                text.Summary(outcomes, stopwatch.Elapsed);
            }
        }

        return ExitCodes.For(outcomes, missing.Count > 0);
    }

    private static CheckOutcome[] RunWithProgress(List<InputScanner.Input> inputs, RuleContext context, Language lang, bool noProgress)
    {
        if (noProgress || Console.IsErrorRedirected)
        {
            return CheckRunner.Run(inputs, context, ReaderOptions.Default, null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        CheckOutcome[] result = [];
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Ui.T(lang, "检查中", "checking"), maxValue: inputs.Count);
                result = CheckRunner.Run(inputs, context, ReaderOptions.Default, () => task.Increment(1));
            });
        return result;
    }
}
