using System.Globalization;
using System.Text;
using Gongkai.Calendar.Deadlines;
using Gongkai.Diagnostics;
using Gongkai.Localization;

namespace Gongkai.Calendar.Rendering;

/// <summary>
/// A deadline for people: the dates with the articles they rest on, the remarks, and the day-by-day account (which
/// days counted as day 1 … day 20, which were skipped and why, which make-up working days counted). Chinese by
/// default, English on request. Deterministic.
/// </summary>
public static class DeadlineTextRenderer
{
    /// <summary>The summary followed by the day-by-day account.</summary>
    public static string Render(DisclosureDeadline deadline, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var sb = new StringBuilder();
        sb.Append(RenderSummary(deadline, language));
        sb.Append('\n');
        sb.Append(RenderDays(deadline.Explain(), language));
        return sb.ToString();
    }

    /// <summary>The dates, the calendar version and the remarks.</summary>
    public static string RenderSummary(DisclosureDeadline deadline, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var en = language == Language.En;
        var sb = new StringBuilder();
        string D(DateOnly d) => $"{TextLayout.Date(d, language)}{(en ? " (" : "（")}{DateText.Weekday(d, language)}{(en ? ")" : "）")}";
        TextLayout.AppendLine(sb, en ? "Reply deadline of a disclosure application" : "政府信息公开申请答复期限");
        TextLayout.AppendLine(sb, (en ? "Received: " : "收到申请：") + D(deadline.ReceivedOn) + (en ? ", " : "，") + Channel(deadline.Request.Receipt.Channel, language));
        TextLayout.AppendLine(sb, (en ? "Last day to ask for correction (补正): " : "补正告知期限：") + D(deadline.CorrectionDeadline)
            + (en ? ", the 7th working day after receipt (Art. 30)" : "，收到申请后第7个工作日（第三十条）"));
        if (deadline.Request.Correction is { } c)
        {
            TextLayout.AppendLine(sb, (en ? "Correction requested: " : "告知补正：") + D(c.RequestedOn) + (c.CorrectedReceivedOn is { } r
                ? (en ? $"; corrected application received {D(r)}, the reply period runs from then (Art. 30)" : $"；{D(r)}收到补正后的申请，答复期限自该日起计算（第三十条）")
                : (en ? "; the corrected application has not arrived" : "；尚未收到补正后的申请")));
        }

        TextLayout.AppendLine(sb, (en ? "Reply deadline: " : "答复期限：") + (deadline.ReplyDeadline is { } reply
            ? D(reply) + (en ? ", the 20th working day (Art. 33(1))" : "，第20个工作日（第三十三条第一款）")
            : Pending(deadline, language)));
        if (deadline.Request.Extension is { } x)
        {
            var who = string.IsNullOrWhiteSpace(x.Approver) ? (en ? "approver not named" : "未写明批准人") : x.Approver;
            TextLayout.AppendLine(sb, (en ? "Extended deadline: " : "延长后期限：") + (deadline.ExtendedDeadline is { } e ? D(e) : Pending(deadline, language))
                + (en
                    ? $", {deadline.ExtensionWorkingDays} more working days approved on {TextLayout.Date(x.ApprovedOn, language)} by {who} (Art. 33(2))"
                    : $"，延长{deadline.ExtensionWorkingDays}个工作日，{TextLayout.Date(x.ApprovedOn, language)}经{who}同意（第三十三条第二款）"));
        }

        if (deadline.ExcludedWorkingDays > 0)
        {
            TextLayout.AppendLine(sb, en
                ? $"Consultation time left out: {deadline.ExcludedWorkingDays} working day(s) (Art. 33(2))"
                : $"不计入期限的征求意见时间：{deadline.ExcludedWorkingDays}个工作日（第三十三条第二款）");
        }

        var hash = deadline.CalendarContentHash.Length > 19 ? deadline.CalendarContentHash[..19] + "…" : deadline.CalendarContentHash;
        TextLayout.AppendLine(sb, (en ? "Calendar data: " : "日历数据版本：") + $"{deadline.CalendarVersionId} ({hash})");
        if (!deadline.Warnings.IsEmpty)
        {
            TextLayout.AppendLine(sb, en ? "Remarks:" : "提示：");
            foreach (var w in deadline.Warnings)
            {
                TextLayout.AppendLine(sb, $"  - [{w.Id}] {MessageFormatter.Format(w, CalendarMessages.Catalog, language)}");
            }
        }

        return sb.ToString();
    }

    /// <summary>One line per day from receipt to the last relevant day.</summary>
    public static string RenderDays(DeadlineExplanation explanation, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var en = language == Language.En;
        var sb = new StringBuilder();
        TextLayout.AppendLine(sb, en ? "Day by day:" : "逐日说明：");
        TextLayout.AppendLine(sb, en ? "Date        Day  Count    Note" : "日期        星期  计数      说明");
        foreach (var d in explanation.Days)
        {
            var count = d.ClockDay is { } n
                ? (en ? $"day {n}" : $"第{n}日")
                : d.Role is ExplanationRole.Receipt or ExplanationRole.Restart ? (en ? "day 0" : "第0日") : "—";
            var weekday = TextLayout.PadRight(DateText.ShortWeekday(d.Date, language), en ? 4 : 5);
            TextLayout.AppendLine(sb, $"{DateText.Iso(d.Date)}  {weekday} {TextLayout.PadRight(count, 8)} {Note(d, explanation.Deadline, language)}");
        }

        return sb.ToString();
    }

    private static string Note(ExplanationDay d, DisclosureDeadline deadline, Language language)
    {
        var en = language == Language.En;
        var parts = new List<string>();
        parts.Add(d.Role switch
        {
            ExplanationRole.Receipt => en ? "application received (not counted)" : "收到申请（当日不计）",
            ExplanationRole.Restart => en ? "corrected application received: the reply period restarts" : "收到补正后的申请，答复期限重新起算",
            ExplanationRole.Counted => d.Day.Kind == DayKind.MakeUpWorkday
                ? (en ? $"counted: {d.Day.Describe(language)}" : $"计入：{d.Day.Describe(language)}")
                : (en ? "counted" : "计入"),
            ExplanationRole.RestDay => (en ? "skipped: " : "不计：") + d.Day.Describe(language),
            ExplanationRole.Consultation => en ? "skipped: consultation under way (Art. 33(2))" : "不计：征求意见期间（第三十三条第二款）",
            ExplanationRole.BeforeRestart => (en ? "before the restart" : "补正前") + (d.Day.IsWorkingDay ? string.Empty : (en ? "; " : "；") + d.Day.Describe(language)),
            ExplanationRole.AwaitingCorrection => en ? "waiting for the corrected application" : "等待补正",
            ExplanationRole.AfterDeadline => en ? "after the deadline" : "期限届满后",
            _ => d.Role.ToString(),
        });
        if (d.CorrectionDay is { } k && (deadline.Request.Correction is not null || d.Role == ExplanationRole.BeforeRestart))
        {
            parts.Add(en ? $"correction day {k}/7" : $"补正告知第{k}/7日");
        }

        foreach (var e in Enum.GetValues<ExplanationEvents>())
        {
            if (e != ExplanationEvents.None && d.Events.HasFlag(e) && e != ExplanationEvents.Received
                && !(e == ExplanationEvents.CorrectedReceived && d.Role == ExplanationRole.Restart))
            {
                parts.Add(Event(e, en));
            }
        }

        if (d.Day.Certainty == DayCertainty.Unknown && d.Role != ExplanationRole.RestDay && !parts[0].Contains(en ? "assumed" : "推定", StringComparison.Ordinal))
        {
            parts.Add(en ? "assumed (year not in the data)" : "推定（该年安排未收录）");
        }

        return string.Join(en ? "; " : "；", parts);
    }

    private static string Event(ExplanationEvents e, bool en) => e switch
    {
        ExplanationEvents.CorrectionDeadline => en ? "last day to ask for correction (Art. 30)" : "补正告知期限届满（第三十条）",
        ExplanationEvents.CorrectionRequested => en ? "correction requested" : "告知补正",
        ExplanationEvents.CorrectedReceived => en ? "corrected application received" : "收到补正申请",
        ExplanationEvents.ConsultationSent => en ? "consultation sent" : "发出征求意见",
        ExplanationEvents.ConsultationAnswered => en ? "consultation answered" : "收到意见",
        ExplanationEvents.ReplyDeadline => en ? "REPLY DEADLINE (20th working day)" : "答复期限届满（第20个工作日）",
        ExplanationEvents.ExtensionApproved => en ? "extension approved" : "批准延长答复期限",
        ExplanationEvents.ExtendedDeadline => en ? "EXTENDED DEADLINE" : "延长后的期限届满",
        _ => e.ToString(),
    };

    private static string Pending(DisclosureDeadline deadline, Language language) => (deadline.Pending, language) switch
    {
        (DeadlinePending.AwaitingCorrection, Language.En) => "not started (waiting for the corrected application)",
        (DeadlinePending.AwaitingCorrection, _) => "尚未起算（等待补正）",
        (DeadlinePending.ConsultationOpen, Language.En) => string.Create(CultureInfo.InvariantCulture, $"paused after {deadline.CountedBeforePause} working days (consultation unanswered)"),
        (_, Language.En) => "pending",
        (DeadlinePending.ConsultationOpen, _) => string.Create(CultureInfo.InvariantCulture, $"暂停计算（已计{deadline.CountedBeforePause}个工作日，征求意见尚未答复）"),
        _ => "待定",
    };

    private static string Channel(ReceiptChannel channel, Language language) => (channel, language) switch
    {
        (ReceiptChannel.InPerson, Language.En) => "in person: the day handed in (Art. 31(1))",
        (ReceiptChannel.RegisteredPost, Language.En) => "by post: the day the agency signed for it (Art. 31(2))",
        (ReceiptChannel.OrdinaryPost, Language.En) => "by ordinary letter: the day receipt was confirmed with the applicant (Art. 31(2))",
        (ReceiptChannel.Online, Language.En) => "online: the day both sides confirmed receipt (Art. 31(3))",
        (ReceiptChannel.Fax, Language.En) => "by fax: the day both sides confirmed receipt (Art. 31(3))",
        (ReceiptChannel.InPerson, _) => "当面提交，以提交之日为收到申请之日（第三十一条第（一）项）",
        (ReceiptChannel.RegisteredPost, _) => "邮寄，以行政机关签收之日为收到申请之日（第三十一条第（二）项）",
        (ReceiptChannel.OrdinaryPost, _) => "平常信函，以与申请人确认之日为收到申请之日（第三十一条第（二）项）",
        (ReceiptChannel.Online, _) => "互联网渠道，以双方确认之日为收到申请之日（第三十一条第（三）项）",
        (ReceiptChannel.Fax, _) => "传真，以双方确认之日为收到申请之日（第三十一条第（三）项）",
        _ => channel.ToString(),
    };
}
