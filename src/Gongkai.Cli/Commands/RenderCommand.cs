using System.CommandLine;
using Gongkai.Cli.Batch;
using Gongkai.Cli.Output;
using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Localization;
using Gongkai.Rules;

namespace Gongkai.Cli.Commands;

/// <summary>
/// `gongkai render`: write a report — an authoring file or any document Gongkai reads — as DOCX, HTML, PDF, Markdown,
/// plain text or an authoring file. A report with error-level findings is not rendered unless --force: the findings
/// are listed and the exit code is 1.
/// </summary>
internal static class RenderCommand
{
    private static readonly string[] Targets = ["docx", "html", "pdf", "md", "txt", "yaml"];

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "编写文件（YAML）或任一可读取的报告 / an authoring file (YAML) or any report Gongkai reads" };
        var to = new Option<string?>("--to") { Description = "输出格式 / output format: docx, html, pdf, md, txt, yaml（默认按 -o 的扩展名 / by default from the extension of -o）" };
        to.AcceptOnlyFromAmong(Targets);
        var output = new Option<string?>("--output", "-o") { Description = "输出文件（默认为输入文件名换用新扩展名）/ output file (default: the input's name with the new extension)" };
        var force = new Option<bool>("--force") { Description = "报告有错误也生成 / render even when the report has errors" };
        var lang = GongkaiCommand.LanguageOption();
        var cmd = new Command("render", "把报告生成为 Word、网页、PDF、Markdown 或纯文本 / render a report as Word, web page, PDF, Markdown or plain text")
        {
            file, to, output, force, lang,
        };
        cmd.SetAction(r => Run(r.GetValue(file)!, r.GetValue(to), r.GetValue(output), r.GetValue(force), Ui.Resolve(r.GetValue(lang))));
        return cmd;
    }

    private static int Run(string path, string? to, string? output, bool force, Language lang)
    {
        var err = Console.Error;
        if (!File.Exists(path))
        {
            err.WriteLine(Ui.T(lang, $"gongkai：找不到文件：{path}", $"gongkai: no such file: {path}"));
            return ExitCodes.Unreadable;
        }

        to ??= output is null ? null : Path.GetExtension(output).TrimStart('.').ToLowerInvariant() switch
        {
            "htm" => "html",
            "markdown" => "md",
            "yml" => "yaml",
            var e => e,
        };
        var writer = to is null ? null : FormatRegistry.Default.FindWriter(to);
        if (writer is null)
        {
            err.WriteLine(Ui.T(lang, "gongkai：请用 --to 指定输出格式：" + string.Join("、", Targets), "gongkai: say which format to write with --to: " + string.Join(", ", Targets)));
            return ExitCodes.Unreadable;
        }

        var target = output ?? Path.ChangeExtension(path, writer.Extension);
        if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(path), StringComparison.Ordinal))
        {
            err.WriteLine(Ui.T(lang, $"gongkai：输出文件会覆盖输入文件 {path}，请用 -o 另选文件名。", $"gongkai: the output would overwrite the input {path}; choose another name with -o."));
            return ExitCodes.Unreadable;
        }

        var (read, format) = CheckRunner.Read(path, ReaderOptions.Default);
        if (read.Value is not { } model)
        {
            new TextOutput(err, lang, Painter.ForStderr, Severity.Info, quiet: false).Report(new CheckOutcome(path, format, null, read.Diagnostics, Named: true));
            return ExitCodes.Unreadable;
        }

        var audit = Auditor.Default.Audit(model, read.Diagnostics);
        if (audit.Errors > 0)
        {
            new TextOutput(err, lang, Painter.ForStderr, Severity.Error, quiet: false).Report(new CheckOutcome(path, format, CheckedReport.From(audit), [], Named: true));
            if (!force)
            {
                err.WriteLine(Ui.T(
                    lang,
                    $"gongkai：报告有 {audit.Errors} 个错误（见上），未生成 {target}。请改正后重试；如确需照原样生成，请加 --force。",
                    $"gongkai: the report has {audit.Errors} error(s) (listed above), so {target} was not written. Correct them and try again, or add --force to render it as it is."));
                return ExitCodes.Errors;
            }

            err.WriteLine(Ui.T(lang, $"gongkai：报告有 {audit.Errors} 个错误，按 --force 照原样生成。", $"gongkai: the report has {audit.Errors} error(s); rendering it as it is (--force)."));
        }

        if (audit.Warnings > 0)
        {
            err.WriteLine(Ui.T(lang, $"注意：报告有 {audit.Warnings} 个警告，可运行 gongkai check {path} 查看。", $"Note: the report has {audit.Warnings} warning(s); run gongkai check {path} to see them."));
        }

        return Write(writer, model, target, lang);
    }

    /// <summary>Writes to a temporary file beside the target and moves it into place, so a failure leaves no half-written file.</summary>
    private static int Write(IReportWriter writer, Reports.ReportModel model, string target, Language lang)
    {
        var err = Console.Error;
        var dir = Path.GetDirectoryName(Path.GetFullPath(target))!;
        var temp = Path.Combine(dir, "." + Path.GetFileName(target) + ".gongkai-tmp");
        try
        {
            WriteResult result;
            using (var stream = File.Create(temp))
            {
                result = writer.Write(model, stream, new WriterOptions { Language = lang });
            }

            foreach (var d in result.Diagnostics)
            {
                err.WriteLine("gongkai" + Ui.T(lang, "：", ": ") + MessageFormatter.Format(d, Catalogs.All, lang));
            }

            if (!result.Written)
            {
                return ExitCodes.Unreadable;
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            err.WriteLine(Ui.T(lang, $"gongkai：无法写入 {target}：{e.Message}", $"gongkai: cannot write {target}: {e.Message}"));
            return ExitCodes.Unreadable;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        err.WriteLine(Ui.T(lang, $"已生成 {target}", $"Wrote {target}"));
        return ExitCodes.Clean;
    }
}
