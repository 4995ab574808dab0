using System.CommandLine;
using Gongkai.Cases.Domain;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai appeal add|close|correct|list`: reconsideration and litigation linked to applications.</summary>
internal static class AppealCommand
{
    public static Command Create()
    {
        var cmd = new Command("appeal", "行政复议、行政诉讼案件 / reconsideration and litigation") { Add(), Close(), Correct(), List() };
        RegisterCli.AddGlobals(cmd);
        return cmd;
    }

    private static string Line(AppealCase a, Language lang) =>
        $"{a.Ref,-12} {a.ApplicationRef,-12} {Kind(a.Kind, lang),-8} {Ui.T(lang, "提起", "filed")} {RegisterCli.Iso(a.FiledOn)}  " +
        (a.Result is { } r ? $"{Result(r, lang)} {RegisterCli.Iso(a.DecidedOn)}" : Ui.T(lang, "尚未审结", "pending"));

    private static Command Add()
    {
        var app = new Option<string>("--app") { Description = "所涉申请编号 / the application", Required = true };
        var kind = new Option<string>("--kind") { Description = "复议、直接起诉、复议后起诉 / reconsideration, suit, suit-after-review", Required = true };
        var filed = new Option<string>("--filed") { Description = "提起日期 / day filed", Required = true };
        var reference = new Option<string?>("--ref") { Description = "案件编号（默认自动）/ case number" };
        var after = new Option<string?>("--after") { Description = "复议后起诉时，先前的复议案件编号 / the reconsideration it follows" };
        var cmd = new Command("add", "登记复议或诉讼 / register a reconsideration or suit") { app, kind, filed, reference, after, RegisterCli.Correction };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var k = ParseKind(r.GetValue(kind)!);
            var a = reg.FileAppeal(r.GetValue(reference), r.GetValue(app)!, k, RegisterCli.ParseDate(r.GetValue(filed), lang, "--filed"), r.GetValue(after), r.GetValue(RegisterCli.Correction));
            Console.Out.WriteLine(Line(a, lang));
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static Command Close()
    {
        var reference = new Argument<string>("ref") { Description = "案件编号 / case number" };
        var result = new Option<string>("--result") { Description = "维持、纠正、其他 / upheld, corrected, other", Required = true };
        var on = new Option<string>("--on") { Description = "审结日期 / day decided", Required = true };
        var cmd = new Command("close", "登记复议决定或判决结果 / record the result") { reference, result, on, RegisterCli.Correction };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var res = ParseResult(r.GetValue(result)!);
            Console.Out.WriteLine(Line(reg.DecideAppeal(r.GetValue(reference)!, res, RegisterCli.ParseDate(r.GetValue(on), lang, "--on"), r.GetValue(RegisterCli.Correction)), lang));
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static Command Correct()
    {
        var reference = new Argument<string>("ref") { Description = "案件编号 / case number" };
        var reason = RegisterCli.Reason;
        var kind = new Option<string?>("--kind") { Description = "复议、直接起诉、复议后起诉 / reconsideration, suit, suit-after-review" };
        var filed = new Option<string?>("--filed") { Description = "提起日期 / day filed" };
        var result = new Option<string?>("--result") { Description = "维持、纠正、其他 / upheld, corrected, other" };
        var decided = new Option<string?>("--decided") { Description = "审结日期 / day decided" };
        var pending = new Option<bool>("--pending") { Description = "改回尚未审结（清除结果和审结日期）/ back to pending (clears result and day)" };
        var cmd = new Command("correct", "更正已登记的案件事实（可用于已审结的案件和已发布的年度，理由将被记录）/ correct recorded facts, with a recorded reason")
        {
            reference, reason, kind, filed, result, decided, pending,
        };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var k = r.GetValue(kind) is { } kindText ? ParseKind(kindText) : (AppealKind?)null;
            var res = r.GetValue(result) is { } resultText ? ParseResult(resultText) : (AppealResult?)null;
            DateOnly? f = r.GetValue(filed) is { } x ? RegisterCli.ParseDate(x, lang, "--filed") : null;
            DateOnly? d = r.GetValue(decided) is { } y ? RegisterCli.ParseDate(y, lang, "--decided") : null;
            var back = r.GetValue(pending);
            if (back && (res is not null || d is not null))
            {
                throw new RegisterException("CLI062", "--pending 不能与 --result、--decided 同时使用", "--pending cannot go with --result or --decided");
            }

            if (k is null && res is null && f is null && d is null && !back)
            {
                throw new RegisterException("CLI063", "没有要更正的内容：请给出 --kind、--filed、--result、--decided 或 --pending", "nothing to correct: give --kind, --filed, --result, --decided or --pending");
            }

            var a = reg.CorrectAppeal(
                r.GetValue(reference)!,
                a => back
                    ? a with { Kind = k ?? a.Kind, FiledOn = f ?? a.FiledOn, Result = null, DecidedOn = null }
                    : a with { Kind = k ?? a.Kind, FiledOn = f ?? a.FiledOn, Result = res ?? a.Result, DecidedOn = d ?? a.DecidedOn },
                r.GetValue(reason)!);
            Console.Out.WriteLine(Line(a, lang));
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static AppealKind ParseKind(string text) => text switch
    {
        "复议" or "行政复议" or "reconsideration" => AppealKind.Reconsideration,
        "直接起诉" or "诉讼" or "suit" => AppealKind.SuitDirect,
        "复议后起诉" or "suit-after-review" => AppealKind.SuitAfterReconsideration,
        var x => throw new RegisterException("CLI060", $"类型“{x}”无效，应为复议、直接起诉或复议后起诉", $"unknown kind \"{x}\""),
    };

    private static AppealResult ParseResult(string text) => text switch
    {
        "维持" or "结果维持" or "upheld" => AppealResult.Upheld,
        "纠正" or "结果纠正" or "corrected" => AppealResult.Corrected,
        "其他" or "其他结果" or "other" => AppealResult.Other,
        var x => throw new RegisterException("CLI061", $"结果“{x}”无效，应为维持、纠正或其他", $"unknown result \"{x}\""),
    };

    private static Command List()
    {
        var app = new Option<string?>("--app") { Description = "只列此申请的案件 / only those of this application" };
        var cmd = new Command("list", "列出复议诉讼案件 / list cases") { app };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var list = reg.Appeals(r.GetValue(app));
            foreach (var a in list)
            {
                Console.Out.WriteLine(Line(a, lang));
            }

            Console.Out.WriteLine(Ui.T(lang, $"共 {list.Count} 件", $"{list.Count} case(s)"));
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static string Kind(AppealKind k, Language lang) => k switch
    {
        AppealKind.Reconsideration => Ui.T(lang, "行政复议", "review"),
        AppealKind.SuitDirect => Ui.T(lang, "直接起诉", "suit"),
        _ => Ui.T(lang, "复议后起诉", "suit/review"),
    };

    private static string Result(AppealResult r, Language lang) => r switch
    {
        AppealResult.Upheld => Ui.T(lang, "维持", "upheld"),
        AppealResult.Corrected => Ui.T(lang, "纠正", "corrected"),
        _ => Ui.T(lang, "其他", "other"),
    };
}
