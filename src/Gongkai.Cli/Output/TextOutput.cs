using System.Globalization;
using System.Text;
using Gongkai.Cli.Batch;
using Gongkai.Diagnostics;
using Gongkai.Localization;
using Gongkai.Rules;
using Gongkai.Schema;

namespace Gongkai.Cli.Output;

/// <summary>Findings grouped by report, for people: severity, rule, message, where in the file.</summary>
internal sealed class TextOutput(TextWriter output, Language lang, Painter paint, Severity minimum, bool quiet)
{
    public void Report(CheckOutcome o)
    {
        if (o.Audit is not { } audit)
        {
            if (quiet)
            {
                var first = o.Problems.FirstOrDefault(d => d.Severity == Severity.Error) ?? o.Problems.FirstOrDefault();
                output.WriteLine(paint.For(Severity.Error, "✗ ") + o.Path + "  " + (first is null ? "" : first.Id + " " + MessageFormatter.Format(first, Catalogs.All, lang)));
                return;
            }

            output.WriteLine(paint.For(Severity.Error, "✗ ") + paint.Bold(o.Path));
            // why it could not be read; warnings about a document that is no report would only confuse
            var problems = o.Problems.Any(d => d.Severity == Severity.Error) ? o.Problems.Where(d => d.Severity == Severity.Error) : o.Problems;
            foreach (var d in problems)
            {
                var at = d.Primary.IsNone ? string.Empty : d.Primary.ToDisplayString() + "  ";
                output.WriteLine("  " + paint.For(d.Severity, Ui.Severity(lang, d.Severity)) + "  " + d.Id + "  " + at + MessageFormatter.Format(d, Catalogs.All, lang));
            }

            output.WriteLine();
            return;
        }

        var body = audit.Body ?? Ui.T(lang, "（机关未识别）", "(body not recognised)");
        var year = audit.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + Ui.T(lang, " 年", "") : Ui.T(lang, "年度未识别", "year unknown");
        var edition = audit.Edition == ReportEdition.Trial2019 ? Ui.T(lang, "2019 年试行版格式", "2019 trial format") : Ui.T(lang, "2021 年版格式", "2021 format");
        var mark = audit.Errors > 0 ? paint.For(Severity.Error, "✗") : audit.Warnings > 0 ? paint.For(Severity.Warning, "!") : paint.Good("✓");
        if (quiet)
        {
            output.WriteLine(mark + " " + body + " · " + year + " · " + Ui.T(lang, $"错误 {audit.Errors} 警告 {audit.Warnings} 提示 {audit.Infos}", $"{audit.Errors} errors {audit.Warnings} warnings {audit.Infos} notes") + "  " + paint.Dim(o.Path));
            return;
        }

        output.WriteLine(mark + " " + paint.Bold(body + " · " + year + " · " + edition));
        output.WriteLine("  " + paint.Dim(o.Path + (o.Format is null ? "" : " (" + o.Format + ")")));
        if (o.PriorPath is not null)
        {
            output.WriteLine("  " + paint.Dim(Ui.T(lang, "上一年度：", "year before: ") + o.PriorPath));
        }

        if (!quiet)
        {
            foreach (var f in audit.Findings)
            {
                if (f.Severity < minimum)
                {
                    continue;
                }

                var where = f.Primary.IsNone ? "" : f.Primary.ToDisplayString();
                var sb = new StringBuilder("  ");
                sb.Append(paint.For(f.Severity, Pad(Ui.Severity(lang, f.Severity), lang == Language.En ? 7 : 4)));
                sb.Append(' ').Append(f.Id.PadRight(4)).Append(' ');
                sb.Append(paint.Dim(where.PadRight(7))).Append(' ');
                sb.Append(MessageFormatter.Format(f, Catalogs.All, lang));
                output.WriteLine(sb.ToString());
            }
        }

        var pass = audit.Results.Count(r => r.Status == RuleStatus.Pass);
        var fail = audit.Results.Count(r => r.Status == RuleStatus.Fail);
        var na = audit.Results.Count(r => r.Status == RuleStatus.NotAssessable);
        output.WriteLine("  " + paint.Dim(Ui.T(
            lang,
            $"错误 {audit.Errors}，警告 {audit.Warnings}，提示 {audit.Infos}；规则 {audit.Results.Length} 条：通过 {pass}，未通过 {fail}，无法核验 {na}",
            $"{audit.Errors} errors, {audit.Warnings} warnings, {audit.Infos} notes; {audit.Results.Length} rules: {pass} passed, {fail} failed, {na} not assessable")));
        output.WriteLine();
    }

    public void Summary(IReadOnlyList<CheckOutcome> all, TimeSpan elapsed)
    {
        var read = all.Where(o => o.IsReadable).Select(o => o.Audit!).ToList();
        var withErrors = read.Count(a => a.Errors > 0);
        var warnOnly = read.Count(a => a.Errors == 0 && a.Warnings > 0);
        var clean = read.Count - withErrors - warnOnly;
        var unreadable = all.Where(o => !o.IsReadable && !o.IsNotAReport).ToList();
        var skipped = all.Where(o => o.IsNotAReport).ToList();
        output.WriteLine(paint.Bold(Ui.T(lang, "汇总", "Summary")));
        output.WriteLine("  " + Ui.T(
            lang,
            $"共检查 {read.Count} 份报告：有错误 {withErrors} 份，仅有警告 {warnOnly} 份，无错误和警告 {clean} 份；错误共 {read.Sum(a => a.Errors)} 条，警告 {read.Sum(a => a.Warnings)} 条，提示 {read.Sum(a => a.Infos)} 条。",
            $"{read.Count} reports checked: {withErrors} with errors, {warnOnly} with warnings only, {clean} without errors or warnings; {read.Sum(a => a.Errors)} errors, {read.Sum(a => a.Warnings)} warnings, {read.Sum(a => a.Infos)} notes in all."));
        if (skipped.Count > 0)
        {
            output.WriteLine("  " + Ui.T(lang, $"跳过 {skipped.Count} 个不是年度报告的文件：", $"{skipped.Count} files skipped as not annual reports: ")
                + string.Join(Ui.T(lang, "、", ", "), skipped.Take(10).Select(o => o.Path)) + (skipped.Count > 10 ? Ui.T(lang, " 等", " …") : ""));
        }

        if (unreadable.Count > 0)
        {
            output.WriteLine("  " + Ui.T(lang, $"未能读取 {unreadable.Count} 个文件：", $"{unreadable.Count} files could not be read:"));
            foreach (var u in unreadable.Take(50))
            {
                var why = u.Problems.FirstOrDefault(p => p.Severity == Severity.Error) ?? u.Problems.FirstOrDefault();
                output.WriteLine("    " + u.Path + Ui.T(lang, "：", ": ") + (why is null ? "" : MessageFormatter.Format(why, Catalogs.All, lang)));
            }

            if (unreadable.Count > 50)
            {
                output.WriteLine("    " + Ui.T(lang, $"……另有 {unreadable.Count - 50} 个", $"… and {unreadable.Count - 50} more"));
            }
        }

        var seconds = elapsed.TotalSeconds;
        output.WriteLine("  " + paint.Dim(Ui.T(
            lang,
            $"用时 {seconds.ToString("0.00", CultureInfo.InvariantCulture)} 秒" + (seconds > 0 && all.Count > 1 ? $"（每秒 {(all.Count / seconds).ToString("0", CultureInfo.InvariantCulture)} 份）" : ""),
            $"{seconds.ToString("0.00", CultureInfo.InvariantCulture)} s" + (seconds > 0 && all.Count > 1 ? $" ({(all.Count / seconds).ToString("0", CultureInfo.InvariantCulture)} per second)" : ""))));
    }

    private static string Pad(string s, int width)
    {
        // CJK characters take two columns
        var w = s.Sum(c => c > 0x2E80 ? 2 : 1);
        return w >= width ? s : s + new string(' ', width - w);
    }
}
