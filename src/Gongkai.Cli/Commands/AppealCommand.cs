using System.CommandLine;
using Gongkai.Cases.Domain;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai appeal add|close|list`: reconsideration and litigation linked to applications.</summary>
internal static class AppealCommand
{
    public static Command Create()
    {
        var cmd = new Command("appeal", "行政复议、行政诉讼案件 / reconsideration and litigation") { Add(), Close(), List() };
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
            AppealKind k = r.GetValue(kind) switch
            {
                "复议" or "行政复议" or "reconsideration" => AppealKind.Reconsideration,
                "直接起诉" or "诉讼" or "suit" => AppealKind.SuitDirect,
                "复议后起诉" or "suit-after-review" => AppealKind.SuitAfterReconsideration,
                var x => throw new RegisterException("CLI060", $"类型“{x}”无效，应为复议、直接起诉或复议后起诉", $"unknown kind \"{x}\""),
            };
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
            AppealResult res = r.GetValue(result) switch
            {
                "维持" or "结果维持" or "upheld" => AppealResult.Upheld,
                "纠正" or "结果纠正" or "corrected" => AppealResult.Corrected,
                "其他" or "其他结果" or "other" => AppealResult.Other,
                var x => throw new RegisterException("CLI061", $"结果“{x}”无效，应为维持、纠正或其他", $"unknown result \"{x}\""),
            };
            Console.Out.WriteLine(Line(reg.DecideAppeal(r.GetValue(reference)!, res, RegisterCli.ParseDate(r.GetValue(on), lang, "--on"), r.GetValue(RegisterCli.Correction)), lang));
            return ExitCodes.Clean;
        }));
        return cmd;
    }

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
