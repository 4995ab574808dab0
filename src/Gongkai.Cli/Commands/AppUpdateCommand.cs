using System.CommandLine;
using Gongkai.Calendar.Deadlines;
using Gongkai.Cases.Domain;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai app update REF …`: one or more steps of handling, each an allowed transition.</summary>
internal static class AppUpdateCommand
{
    public static Command Create()
    {
        var reference = new Argument<string>("ref") { Description = "申请编号 / register number" };
        var correctionAsked = new Option<string?>("--correction-requested") { Description = "要求补正的日期（第三十条）/ day 补正 was asked" };
        var correctionReceived = new Option<string?>("--correction-received") { Description = "收到补正材料的日期，答复期限重新计算 / day the corrected application arrived" };
        var consult = new Option<string?>("--consult") { Description = "发出征求意见的日期（第三十二条）/ day a consultation was sent" };
        var party = new Option<string?>("--party") { Description = "征求意见对象 / whom" };
        var agency = new Option<bool>("--agency") { Description = "征求的是其他机关（默认为第三方）/ another agency (default: a third party)" };
        var answered = new Option<string?>("--consult-answered") { Description = "收到意见的日期 / day the answer arrived" };
        var extend = new Option<string?>("--extend") { Description = "批准延期的日期（第三十三条第二款）/ day an extension was approved" };
        var days = new Option<int>("--days") { Description = "延长的工作日（至多 20）/ working days added (at most 20)", DefaultValueFactory = _ => 20 };
        var approver = new Option<string?>("--approver") { Description = "批准人（政府信息公开工作机构负责人）/ who approved" };
        var feeNotice = new Option<string?>("--fee-notice") { Description = "发出收费通知的日期（国办函〔2020〕109号）/ day of a fee notice" };
        var byPiece = new Option<bool>("--by-piece") { Description = "按件收费（按该申请人当月申请件数）/ by piece" };
        var pages = new Option<int?>("--pages") { Description = "按量收费的页数 / by volume: pages" };
        var paid = new Option<string?>("--fee-paid") { Description = "缴费日期 / day the fee was paid" };
        var cmd = new Command("update", "登记办理中的一步：补正、征求意见、延期、收费、缴费 / record a step: 补正, consultation, extension, fee, payment")
        {
            reference, correctionAsked, correctionReceived, consult, party, agency, answered, extend, days, approver, feeNotice, byPiece, pages, paid,
        };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            var id = r.GetValue(reference)!;
            DateOnly D(Option<string?> o) => RegisterCli.ParseDate(r.GetValue(o), lang, o.Name);
            Application? app = null;
            if (r.GetValue(correctionAsked) is not null)
            {
                app = reg.RequestCorrection(id, D(correctionAsked));
            }

            if (r.GetValue(correctionReceived) is not null)
            {
                app = reg.ReceiveCorrection(id, D(correctionReceived));
            }

            if (r.GetValue(consult) is not null)
            {
                app = reg.StartConsultation(id, r.GetValue(agency) ? ConsultationKind.OtherAgency : ConsultationKind.ThirdParty, r.GetValue(party), D(consult));
            }

            if (r.GetValue(answered) is not null)
            {
                app = reg.AnswerConsultation(id, D(answered));
            }

            if (r.GetValue(extend) is not null)
            {
                app = reg.Extend(id, D(extend), r.GetValue(days), r.GetValue(approver) ?? string.Empty);
            }

            if (r.GetValue(feeNotice) is not null)
            {
                if (r.GetValue(byPiece) == (r.GetValue(pages) is not null))
                {
                    throw new RegisterException("CLI020", "收费须且只能选择一种方式：--by-piece（按件）或 --pages N（按量），不能同时按件和按量收费", "choose exactly one fee basis: --by-piece or --pages N, never both");
                }

                app = reg.IssueFeeNotice(id, r.GetValue(byPiece) ? FeeBasis.ByPiece : FeeBasis.ByVolume, r.GetValue(pages), D(feeNotice));
            }

            if (r.GetValue(paid) is not null)
            {
                app = reg.RecordPayment(id, D(paid));
            }

            if (app is null)
            {
                throw new RegisterException("CLI021", "没有要登记的办理步骤：请给出 --correction-requested、--consult、--extend、--fee-notice 等选项之一", "nothing to record: give one of --correction-requested, --consult, --extend, --fee-notice, …");
            }

            Console.Out.WriteLine(AppCommand.Line(app, lang));
            return ExitCodes.Clean;
        }));
        return cmd;
    }
}
