using System.CommandLine;
using Gongkai.Cases.Domain;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai app correct REF --reason … [fields]`: an explicit, recorded correction of recorded facts.</summary>
internal static class AppCorrectCommand
{
    public static Command Create()
    {
        var reference = new Argument<string>("ref") { Description = "申请编号 / register number" };
        var reason = RegisterCli.Reason;
        var applicant = new Option<string?>("--applicant") { Description = "申请人 / applicant" };
        var type = new Option<string?>("--type") { Description = "申请人类型 / applicant type" };
        var received = new Option<string?>("--received") { Description = "收到日期 / day of receipt" };
        var outcome = new Option<string?>("--outcome") { Description = "办理结果 / outcome" };
        var closed = new Option<string?>("--closed") { Description = "办结日期 / closing day" };
        var cmd = new Command("correct", "更正已登记的事实（可用于已办结的申请和已发布的年度，理由将被记录）/ correct recorded facts, with a recorded reason") { reference, reason, applicant, type, received, outcome, closed };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            ApplicantType? t = null;
            if (r.GetValue(type) is { } typeText)
            {
                t = RegisterLabels.TryApplicant(typeText, out var v) ? v : throw new RegisterException("CLI010", $"申请人类型“{typeText}”无效", $"unknown applicant type \"{typeText}\"");
            }

            Outcome? o = null;
            if (r.GetValue(outcome) is { } outcomeText)
            {
                o = RegisterLabels.TryOutcome(outcomeText, out var v) ? v : throw new RegisterException("CLI012", $"办理结果“{outcomeText}”无效", $"unknown outcome \"{outcomeText}\"");
            }

            DateOnly? rec = r.GetValue(received) is { } x ? RegisterCli.ParseDate(x, lang, "--received") : null;
            DateOnly? clo = r.GetValue(closed) is { } y ? RegisterCli.ParseDate(y, lang, "--closed") : null;
            var app = reg.Correct(
                r.GetValue(reference)!,
                a => a with
                {
                    ApplicantName = r.GetValue(applicant) ?? a.ApplicantName,
                    ApplicantType = t ?? a.ApplicantType,
                    ReceivedOn = rec ?? a.ReceivedOn,
                    Outcome = a.IsOpen ? a.Outcome : o ?? a.Outcome,
                    ClosedOn = a.IsOpen ? a.ClosedOn : clo ?? a.ClosedOn,
                },
                r.GetValue(reason)!);
            Console.Out.WriteLine(AppCommand.Line(app, lang));
            return ExitCodes.Clean;
        }));
        return cmd;
    }
}
