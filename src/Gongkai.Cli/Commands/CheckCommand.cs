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
        var outFile = new Option<string?>("--out") { Description = "另存每份报告一行的汇总表 / also write a summary, one row per report: .csv, .xlsx or .json" };
        outFile.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && !SummaryWriter.Extensions.Contains(Path.GetExtension(v).ToLowerInvariant()))
            {
                r.AddError("--out 的文件扩展名应为 .csv、.xlsx 或 .json / --out must end in .csv, .xlsx or .json: " + v);
            }
        });
        var pair = new Option<bool>("--pair") { Description = "在这批文件中为每份报告找到同一机关上一年度的报告，运行跨年度规则 / pair each report with the same body's report of the year before found in the batch, for the cross-year rules" };
        var sourceUrl = new Option<string?>("--source-url") { Description = "报告的网址，记入元数据 / the URL the report was found at, recorded in its metadata" };

        var cmd = new Command(
            "check",
            "检查年度报告并列出问题。退出码：0 没有错误级问题；1 发现错误级问题；2 用法错误、指定的文件无法读取或没有可读的报告。\n"
            + "Check annual reports and list findings. Exit codes: 0 no error-level findings; 1 errors found; 2 bad usage, a named file unreadable, or nothing readable.")
        {
            paths, format, prior, lang, severity, quiet, noProgress, outFile, sourceUrl, pair,
        };
        cmd.SetAction(r => Run(new Settings(
            r.GetValue(paths)!,
            r.GetValue(format)!,
            r.GetValue(prior),
            Ui.Resolve(r.GetValue(lang)),
            r.GetValue(severity) switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info },
            r.GetValue(quiet),
            r.GetValue(noProgress),
            r.GetValue(outFile),
            r.GetValue(sourceUrl),
            r.GetValue(pair))));
        return cmd;
    }

    private sealed record Settings(string[] Paths, string Format, string? Prior, Language Lang, Severity Minimum, bool Quiet, bool NoProgress, string? Out, string? SourceUrl, bool Pair);

    private static int Run(Settings s)
    {
        var lang = s.Lang;
        var err = Console.Error;
        var stopwatch = Stopwatch.StartNew();
        var (inputs, missing) = InputScanner.Scan(s.Paths);
        foreach (var m in missing)
        {
            err.WriteLine(m.StartsWith('-')
                ? Ui.T(lang, $"gongkai：未知选项：{m}（选项见 gongkai check --help）", $"gongkai: unknown option: {m} (see gongkai check --help)")
                : Ui.T(lang, $"gongkai：找不到文件或文件夹：{m}", $"gongkai: no such file or folder: {m}"));
        }

        if (inputs.Count == 0)
        {
            if (missing.Count == 0)
            {
                err.WriteLine(Ui.T(lang, "gongkai：指定的文件夹中没有文件可检查。", "gongkai: the folders given contain no files to check."));
            }

            return ExitCodes.Unreadable;
        }

        var options = ReaderOptions.Default with { SourceUrl = s.SourceUrl };
        var context = RuleContext.Default;
        if (s.Prior is not null)
        {
            var (priorRead, _) = CheckRunner.Read(s.Prior, ReaderOptions.Default);
            if (priorRead.Value is null)
            {
                var why = priorRead.Diagnostics.FirstOrDefault();
                err.WriteLine(Ui.T(lang, $"gongkai：无法读取上一年度报告 {s.Prior}：", $"gongkai: cannot read the prior-year report {s.Prior}: ")
                    + (why is null ? "" : MessageFormatter.Format(why, Catalogs.All, lang)));
                return ExitCodes.Unreadable;
            }

            context = context with { Prior = priorRead.Value };
        }

        var text = s.Format == "json" ? null : new TextOutput(Console.Out, lang, Painter.ForStdout, s.Minimum, s.Quiet);
        var showProgress = !s.NoProgress && inputs.Count > 1 && !Console.IsErrorRedirected;

        // with a progress bar on the terminal, reports are printed after it; otherwise as soon as those before are done
        // (with --pair, reports are printed once their priors are known)
        var printer = text is not null && !s.Pair && !(showProgress && !Console.IsOutputRedirected) ? new OrderedPrinter(inputs.Count, o => Print(text, o, inputs.Count)) : null;
        var outcomes = showProgress
            ? RunWithProgress(inputs, context, options, lang, printer)
            : CheckRunner.Run(inputs, context, options, printer is null ? null : printer.Done);
        if (s.Pair && s.Prior is null)
        {
            var paired = PriorPairing.Apply(outcomes, inputs, context, options, null);
            err.WriteLine(Ui.T(lang, $"已为 {paired} 份报告配对上一年度报告", $"{paired} reports paired with the year before"));
        }

        stopwatch.Stop();

        if (s.Format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            JsonOutput.Write(stdout, outcomes, lang, stopwatch.Elapsed);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            if (printer is null)
            {
                foreach (var o in outcomes)
                {
                    Print(text!, o, outcomes.Length);
                }
            }

            if (outcomes.Length > 1)
            {
                text!.Summary(outcomes, stopwatch.Elapsed);
            }
        }

        if (s.Out is not null)
        {
            try
            {
                SummaryWriter.Write(SummaryTable.Build(outcomes, lang), s.Out);
                err.WriteLine(Ui.T(lang, $"汇总表已写入 {s.Out}", $"summary written to {s.Out}"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                err.WriteLine(Ui.T(lang, $"gongkai：无法写入汇总表 {s.Out}：{e.Message}", $"gongkai: cannot write the summary {s.Out}: {e.Message}"));
                return ExitCodes.Unreadable;
            }
        }

        return ExitCodes.For(outcomes, missing.Count > 0);
    }

    /// <summary>A file found in a folder that is no report is only listed in the summary.</summary>
    private static void Print(TextOutput text, CheckOutcome o, int total)
    {
        if (!(o.IsNotAReport && !o.Named && total > 1))
        {
            text.Report(o);
        }
    }

    private static CheckOutcome[] RunWithProgress(List<InputScanner.Input> inputs, RuleContext context, ReaderOptions options, Language lang, OrderedPrinter? printer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        CheckOutcome[] result = [];
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Ui.T(lang, "检查中", "checking"), maxValue: inputs.Count);
                result = CheckRunner.Run(inputs, context, options, (i, o) =>
                {
                    printer?.Done(i, o);
                    task.Increment(1);
                });
            });
        return result;
    }
}
