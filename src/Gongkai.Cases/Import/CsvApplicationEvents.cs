using Gongkai.Calendar.Deadlines;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Import;

/// <summary>Replays the events of one CSV line through the workflow, in the order the law has them happen.</summary>
internal static class CsvApplicationEvents
{
    public static Application Replay(ApplicationWorkflow w, Application app, CsvRow r, int rankInMonth)
    {
        if (r.Date("补正日期", "correction_requested_on") is { } asked)
        {
            app = w.RequestCorrection(app, asked);
            if (r.Date("补正收到日期", "corrected_received_on") is { } corrected)
            {
                app = w.ReceiveCorrection(app, corrected);
            }
        }

        if (r.Date("征求意见日期", "consultation_sent_on") is { } sent)
        {
            var kindText = r.Text("征求对象类型", "consultation_kind") ?? "第三方";
            var kind = kindText is "其他机关" or "agency" or "other_agency" ? ConsultationKind.OtherAgency : ConsultationKind.ThirdParty;
            app = w.StartConsultation(app, kind, r.Text("征求对象", "consultation_party"), sent);
            if (r.Date("征求意见答复日期", "consultation_answered_on") is { } answered)
            {
                app = w.AnswerConsultation(app, answered);
            }
        }

        if (r.Date("延期批准日期", "extension_approved_on") is { } approved)
        {
            app = w.Extend(app, approved, r.Int("延期工作日", "extension_days") ?? 20, r.Text("延期批准人", "extension_approver") ?? string.Empty);
        }

        if (r.Text("收费方式", "fee_basis") is { } basisText)
        {
            var basis = basisText is "按件" or "piece" or "by_piece" ? FeeBasis.ByPiece : basisText is "按量" or "volume" or "by_volume" ? FeeBasis.ByVolume : (FeeBasis)0;
            if (basis == 0)
            {
                throw ApplicationWorkflow.Refuse("REG130", $"收费方式“{basisText}”无效，应为按件或按量", $"unknown fee basis \"{basisText}\" (by piece or by volume)");
            }

            var on = r.Date("收费通知日期", "fee_notice_on") ?? throw ApplicationWorkflow.Refuse("REG131", "有收费方式时须填写收费通知日期", "a fee basis needs the notice date");
            app = w.IssueFeeNotice(app, basis, basis == FeeBasis.ByPiece ? rankInMonth : r.Int("页数", "pages") ?? 0, on);
            if (r.Date("缴费日期", "fee_paid_on") is { } paid)
            {
                app = w.RecordPayment(app, paid);
            }
        }

        var closed = r.Date("办结日期", "closed_on");
        var withdrawn = r.Text("撤回", "withdrawn") is "是" or "yes" or "true" or "1";
        var outcomeText = r.Text("办理结果", "outcome");
        if (withdrawn)
        {
            return w.Withdraw(app, closed ?? throw ApplicationWorkflow.Refuse("REG132", "撤回的申请须填写办结日期", "a withdrawn application needs closed_on"));
        }

        if (outcomeText is not null)
        {
            if (!RegisterLabels.TryOutcome(outcomeText, out var outcome))
            {
                throw ApplicationWorkflow.Refuse("REG133", $"办理结果“{outcomeText}”无效，应为表二的一行，如：予以公开、三.4、四.1", $"unknown outcome \"{outcomeText}\": use a row of table 2 such as 予以公开, 三.4, 四.1");
            }

            return w.Decide(app, outcome, closed ?? throw ApplicationWorkflow.Refuse("REG134", "有办理结果时须填写办结日期", "an outcome needs closed_on"));
        }

        if (closed is not null)
        {
            throw ApplicationWorkflow.Refuse("REG135", "有办结日期时须填写办理结果", "closed_on needs an outcome");
        }

        return app;
    }
}
