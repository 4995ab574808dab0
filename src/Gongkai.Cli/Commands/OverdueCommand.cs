using System.CommandLine;
using Gongkai.Cases.Domain;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai overdue [--within N]`: what is past its deadline, and what falls due soon.</summary>
internal static class OverdueCommand
{
    public static Command Create()
    {
        var within = new Option<int?>("--within") { Description = "同时列出 N 个工作日内到期的申请 / also list those due within N working days" };
        var cmd = new Command("overdue", "列出已超过答复期限的申请（以及 N 个工作日内到期的）/ list overdue applications (and those due within N working days)") { within };
        RegisterCli.AddGlobals(cmd);
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var today = reg.Today;
            var overdue = reg.Overdue(today);
            Console.Out.WriteLine(Ui.T(lang, $"截至 {RegisterCli.Iso(today)}，已超过答复期限：{overdue.Count} 件", $"as of {RegisterCli.Iso(today)}, overdue: {overdue.Count}"));
            foreach (var a in overdue)
            {
                var late = reg.Deadlines.Calendar.CountWorkingDays(a.DueOn!.Value, today).Count;
                Console.Out.WriteLine($"  {AppCommand.Line(a, lang)}  " + Ui.T(lang, $"已逾期 {late} 个工作日", $"{late} working day(s) late"));
            }

            foreach (var a in reg.UnpaidPastDue(today))
            {
                Console.Out.WriteLine($"  {AppCommand.Line(a, lang)}  " + Ui.T(lang, $"缴费期限 {RegisterCli.Iso(a.Fee!.PaymentDueOn)} 已过，可按“逾期未缴费”（六.2）结案", $"payment was due {RegisterCli.Iso(a.Fee!.PaymentDueOn)}: may be closed as unpaid (六.2)"));
            }

            if (r.GetValue(within) is { } n)
            {
                var soon = reg.DueWithin(today, n);
                Console.Out.WriteLine(Ui.T(lang, $"{n} 个工作日内到期：{soon.Count} 件", $"due within {n} working days: {soon.Count}"));
                foreach (var a in soon)
                {
                    var left = reg.Deadlines.WorkingDaysUntil(today, a.DueOn!.Value);
                    Console.Out.WriteLine($"  {AppCommand.Line(a, lang)}  " + Ui.T(lang, left == 0 ? "今天到期" : $"还剩 {left} 个工作日", left == 0 ? "due today" : $"{left} working day(s) left"));
                }
            }

            var paused = reg.List(new Cases.Storage.ApplicationQuery { OpenOnly = true }).Where(a => a.State is ApplicationState.AwaitingCorrection or ApplicationState.Consulting).ToList();
            if (paused.Count > 0)
            {
                Console.Out.WriteLine(Ui.T(lang, $"期限暂停（待补正或征求意见中）：{paused.Count} 件", $"clock paused (awaiting 补正 or in consultation): {paused.Count}"));
            }

            return ExitCodes.Clean;
        }));
        return cmd;
    }
}
