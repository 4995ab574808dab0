using System.CommandLine;
using Gongkai.Cases.Domain;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai doc add|repeal|correct|list`: the register of 规章 and 行政规范性文件.</summary>
internal static class DocCommand
{
    public static Command Create()
    {
        var cmd = new Command("doc", "规章和行政规范性文件登记 / the register of rules and normative documents") { Add(), Repeal(), Correct(), List() };
        RegisterCli.AddGlobals(cmd);
        return cmd;
    }

    private static Command Add()
    {
        var number = new Option<string>("--number") { Description = "文号 / document number", Required = true };
        var kind = new Option<string>("--kind") { Description = "规章 或 行政规范性文件 / rule or normative document", DefaultValueFactory = _ => "行政规范性文件" };
        var title = new Option<string>("--title") { Description = "标题 / title", Required = true };
        var issued = new Option<string>("--issued") { Description = "制发日期 / day issued", Required = true };
        var cmd = new Command("add", "登记一件制发的文件 / register an issued document") { number, kind, title, issued, RegisterCli.Correction };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var k = ParseKind(r.GetValue(kind)!);
            var d = reg.AddDocument(new RegisterDocument(r.GetValue(number)!, k, r.GetValue(title)!, RegisterCli.ParseDate(r.GetValue(issued), lang, "--issued")), r.GetValue(RegisterCli.Correction));
            Console.Out.WriteLine($"{d.Number}  {d.Title}  {RegisterCli.Iso(d.IssuedOn)}");
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static Command Repeal()
    {
        var number = new Argument<string>("number") { Description = "文号 / document number" };
        var on = new Option<string>("--on") { Description = "废止日期 / day repealed", Required = true };
        var cmd = new Command("repeal", "登记文件废止 / record a repeal") { number, on, RegisterCli.Correction };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var d = reg.RepealDocument(r.GetValue(number)!, RegisterCli.ParseDate(r.GetValue(on), lang, "--on"), r.GetValue(RegisterCli.Correction));
            Console.Out.WriteLine(Ui.T(lang, $"{d.Number} 已于 {RegisterCli.Iso(d.RepealedOn)} 废止", $"{d.Number} repealed on {RegisterCli.Iso(d.RepealedOn)}"));
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static Command Correct()
    {
        var number = new Argument<string>("number") { Description = "文号 / document number" };
        var reason = RegisterCli.Reason;
        var kind = new Option<string?>("--kind") { Description = "规章 或 行政规范性文件 / rule or normative document" };
        var title = new Option<string?>("--title") { Description = "标题 / title" };
        var issued = new Option<string?>("--issued") { Description = "制发日期 / day issued" };
        var repealed = new Option<string?>("--repealed") { Description = "废止日期 / day repealed" };
        var inForce = new Option<bool>("--in-force") { Description = "改为现行有效（清除废止日期）/ in force after all (clears the repeal)" };
        var cmd = new Command("correct", "更正已登记的文件事实（可用于已发布的年度，理由将被记录）/ correct recorded facts, with a recorded reason")
        {
            number, reason, kind, title, issued, repealed, inForce,
        };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var k = r.GetValue(kind) is { } kindText ? ParseKind(kindText) : (DocumentKind?)null;
            DateOnly? i = r.GetValue(issued) is { } x ? RegisterCli.ParseDate(x, lang, "--issued") : null;
            DateOnly? rep = r.GetValue(repealed) is { } y ? RegisterCli.ParseDate(y, lang, "--repealed") : null;
            var unrepeal = r.GetValue(inForce);
            if (unrepeal && rep is not null)
            {
                throw new RegisterException("CLI071", "--in-force 不能与 --repealed 同时使用", "--in-force cannot go with --repealed");
            }

            if (k is null && r.GetValue(title) is null && i is null && rep is null && !unrepeal)
            {
                throw new RegisterException("CLI072", "没有要更正的内容：请给出 --kind、--title、--issued、--repealed 或 --in-force", "nothing to correct: give --kind, --title, --issued, --repealed or --in-force");
            }

            var d = reg.CorrectDocument(
                r.GetValue(number)!,
                d => d with
                {
                    Kind = k ?? d.Kind,
                    Title = r.GetValue(title) ?? d.Title,
                    IssuedOn = i ?? d.IssuedOn,
                    RepealedOn = unrepeal ? null : rep ?? d.RepealedOn,
                },
                r.GetValue(reason)!);
            Console.Out.WriteLine($"{d.Number}  {d.Title}  {RegisterCli.Iso(d.IssuedOn)}  {(d.RepealedOn is { } z ? Ui.T(lang, "废止 ", "repealed ") + RegisterCli.Iso(z) : Ui.T(lang, "现行有效", "in force"))}");
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static DocumentKind ParseKind(string text) => text switch
    {
        "规章" or "rule" => DocumentKind.Regulation,
        "行政规范性文件" or "规范性文件" or "normative" => DocumentKind.NormativeDocument,
        var x => throw new RegisterException("CLI070", $"类型“{x}”无效，应为规章或行政规范性文件", $"unknown kind \"{x}\""),
    };

    private static Command List()
    {
        var inForce = new Option<string?>("--in-force-on") { Description = "只列该日现行有效的 / only those in force on this day" };
        var cmd = new Command("list", "列出文件 / list documents") { inForce };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var docs = reg.Documents();
            if (r.GetValue(inForce) is { } text)
            {
                var day = RegisterCli.ParseDate(text, lang, "--in-force-on");
                docs = [.. docs.Where(d => d.InForceOn(day))];
            }

            foreach (var d in docs)
            {
                Console.Out.WriteLine($"{d.Number,-18} {(d.Kind == DocumentKind.Regulation ? "规章" : "规范性文件"),-6} {RegisterCli.Iso(d.IssuedOn)}  {(d.RepealedOn is { } x ? Ui.T(lang, "废止 ", "repealed ") + RegisterCli.Iso(x) : Ui.T(lang, "现行有效", "in force"))}  {d.Title}");
            }

            Console.Out.WriteLine(Ui.T(lang, $"共 {docs.Count} 件", $"{docs.Count} document(s)"));
            return ExitCodes.Clean;
        }));
        return cmd;
    }
}
