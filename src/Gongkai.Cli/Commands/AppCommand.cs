using System.CommandLine;
using Gongkai.Calendar.Deadlines;
using Gongkai.Calendar.Rendering;
using Gongkai.Cases;
using Gongkai.Cases.Domain;
using Gongkai.Cases.Storage;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai app add|update|close|correct|list|show`: applications for disclosure.</summary>
internal static class AppCommand
{
    public static Command Create()
    {
        var cmd = new Command("app", "依申请公开的申请：登记、办理、办结、查询 / applications: add, update, close, correct, list, show")
        {
            Add(), AppUpdateCommand.Create(), Close(), AppCorrectCommand.Create(), List(), Show(),
        };
        RegisterCli.AddGlobals(cmd);
        return cmd;
    }

    public static string Line(Application a, Language lang) =>
        $"{a.Ref,-12} {RegisterCli.Iso(a.ReceivedOn)}  {Ui.T(lang, RegisterLabels.State(a.State), RegisterLabels.StateEn(a.State)),-6}  " +
        $"{Ui.T(lang, "期限", "due")} {RegisterCli.Iso(a.DueOn)}  {a.ApplicantName}（{RegisterLabels.Applicant(a.ApplicantType)}）" +
        (a.Outcome is { } o ? $"  → {Ui.T(lang, RegisterLabels.Outcome(o), RegisterLabels.OutcomeEn(o))} {RegisterCli.Iso(a.ClosedOn)}" : string.Empty);

    private static Command Add()
    {
        var applicant = new Option<string>("--applicant") { Description = "申请人 / the applicant", Required = true };
        var type = new Option<string>("--type") { Description = "申请人类型 / applicant type: " + RegisterLabels.ApplicantChoices, DefaultValueFactory = _ => "自然人" };
        var channel = new Option<string>("--channel") { Description = "提交方式（第三十一条）/ channel: " + RegisterLabels.ChannelChoices, DefaultValueFactory = _ => "网络" };
        var received = new Option<string>("--received") { Description = "收到日期（第三十一条）YYYY-MM-DD / day of receipt", Required = true };
        var request = new Option<string>("--request") { Description = "申请内容 / what is asked for", DefaultValueFactory = _ => string.Empty };
        var reference = new Option<string?>("--ref") { Description = "申请编号（默认自动编号，如 2025-00001）/ register number (default: next of the year)" };
        var key = new Option<string?>("--key") { Description = "申请人标识（按件收费按此归并，默认为申请人名称）/ applicant key" };
        var cmd = new Command("add", "登记一件新申请 / register a new application") { applicant, type, channel, received, request, reference, key, RegisterCli.Correction };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            if (!RegisterLabels.TryApplicant(r.GetValue(type), out var t))
            {
                throw new RegisterException("CLI010", $"申请人类型“{r.GetValue(type)}”无效，应为：{RegisterLabels.ApplicantChoices}", $"unknown applicant type \"{r.GetValue(type)}\"");
            }

            if (!RegisterLabels.TryChannel(r.GetValue(channel), out var c))
            {
                throw new RegisterException("CLI011", $"提交方式“{r.GetValue(channel)}”无效，应为：{RegisterLabels.ChannelChoices}", $"unknown channel \"{r.GetValue(channel)}\"");
            }

            var app = reg.Receive(r.GetValue(reference), r.GetValue(applicant)!, t, c, RegisterCli.ParseDate(r.GetValue(received), lang, Ui.T(lang, "收到日期", "--received")), r.GetValue(request)!, r.GetValue(key), r.GetValue(RegisterCli.Correction));
            Console.Out.WriteLine(Ui.T(lang, $"已登记 {app.Ref}，答复期限 {RegisterCli.Iso(app.DueOn)}（日历 {app.CalendarVersion}）", $"registered {app.Ref}, reply due {RegisterCli.Iso(app.DueOn)} (calendar {app.CalendarVersion})"));
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static Command Close()
    {
        var reference = new Argument<string>("ref") { Description = "申请编号 / register number" };
        var outcome = new Option<string?>("--outcome") { Description = "办理结果（表二的一行，如 予以公开、部分公开、三.4、四.1、五.2、六.1、六.2）/ outcome: a row of table 2" };
        var withdrawn = new Option<bool>("--withdrawn") { Description = "申请人撤回（计入其他处理 3）/ withdrawn by the applicant" };
        var on = new Option<string>("--on") { Description = "答复或办结日期 YYYY-MM-DD / day of the reply", Required = true };
        var cmd = new Command("close", "办结：作出答复或按撤回、逾期不补正、逾期未缴费结案 / close: reply, or end as withdrawn, no 补正, unpaid") { reference, outcome, withdrawn, on, RegisterCli.Correction };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var day = RegisterCli.ParseDate(r.GetValue(on), lang, "--on");
            var reason = r.GetValue(RegisterCli.Correction);
            Application app;
            if (r.GetValue(withdrawn))
            {
                app = reg.Withdraw(r.GetValue(reference)!, day, reason);
            }
            else if (!RegisterLabels.TryOutcome(r.GetValue(outcome), out var o))
            {
                throw new RegisterException("CLI012", $"请用 --outcome 给出办理结果，应为：{RegisterLabels.OutcomeChoices}", "give the outcome with --outcome (a row of table 2)");
            }
            else
            {
                app = reg.Decide(r.GetValue(reference)!, o, day, reason);
            }

            Console.Out.WriteLine(Line(app, lang));
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static Command List()
    {
        var open = new Option<bool>("--open") { Description = "只列未办结的 / open ones only" };
        var search = new Option<string?>("--search") { Description = "按编号、申请人或内容查找 / search number, applicant or request" };
        var year = new Option<int?>("--year") { Description = "收到年度 / year of receipt" };
        var limit = new Option<int>("--limit") { Description = "最多列出条数 / at most this many", DefaultValueFactory = _ => 200 };
        var cmd = new Command("list", "列出申请 / list applications") { open, search, year, limit };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var y = r.GetValue(year);
            var list = reg.List(new ApplicationQuery
            {
                OpenOnly = r.GetValue(open),
                Search = r.GetValue(search),
                ReceivedFrom = y is { } a ? new DateOnly(a, 1, 1) : null,
                ReceivedTo = y is { } b ? new DateOnly(b, 12, 31) : null,
                Limit = r.GetValue(limit),
            });
            foreach (var app in list)
            {
                Console.Out.WriteLine(Line(app, lang));
            }

            Console.Out.WriteLine(Ui.T(lang, $"共 {list.Count} 件", $"{list.Count} application(s)"));
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static Command Show()
    {
        var reference = new Argument<string>("ref") { Description = "申请编号 / register number" };
        var explain = new Option<bool>("--explain") { Description = "逐日说明答复期限 / explain the deadline day by day" };
        var cmd = new Command("show", "显示一件申请、其期限和历史 / show an application, its deadline and history") { reference, explain };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var app = reg.Get(r.GetValue(reference)!);
            var clock = reg.Deadlines.Compute(app);
            Console.Out.WriteLine(Line(app, lang));
            Console.Out.WriteLine(Ui.T(lang, $"申请内容：{app.Request}；提交方式：{RegisterLabels.Channel(app.Channel)}", $"request: {app.Request}; channel: {app.Channel}"));
            if (app.Fee is { } fee)
            {
                Console.Out.WriteLine(Ui.T(lang, $"信息处理费：{(fee.Basis == FeeBasis.ByPiece ? "按件" : "按量")} {fee.Quantity}，{fee.AmountYuan} 元，通知 {RegisterCli.Iso(fee.IssuedOn)}，缴费期限 {RegisterCli.Iso(fee.PaymentDueOn)}，缴费 {RegisterCli.Iso(fee.PaidOn)}", $"fee: {fee.Basis} {fee.Quantity}, {fee.AmountYuan} yuan, notice {RegisterCli.Iso(fee.IssuedOn)}, pay by {RegisterCli.Iso(fee.PaymentDueOn)}, paid {RegisterCli.Iso(fee.PaidOn)}"));
            }

            if (clock.FeePauseWorkingDays > 0)
            {
                Console.Out.WriteLine(Ui.T(lang, $"缴费期间 {clock.FeePauseWorkingDays} 个工作日不计入答复期限", $"{clock.FeePauseWorkingDays} working days awaiting payment are not counted"));
            }

            Console.Out.Write(r.GetValue(explain) ? DeadlineTextRenderer.Render(clock.Statutory, lang) : DeadlineTextRenderer.RenderSummary(clock.Statutory, lang));
            Console.Out.WriteLine(Ui.T(lang, "历史：", "history:"));
            foreach (var h in reg.History("application", app.Ref))
            {
                Console.Out.WriteLine($"  {h.At.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}  {h.Actor}  {h.Action}" + (h.Reason is null ? string.Empty : "  " + h.Reason));
            }

            return ExitCodes.Clean;
        }));
        return cmd;
    }
}
