using System.Globalization;
using Gongkai.Cases.Domain;
using Gongkai.Cases.Storage;

namespace Gongkai.Cases;

/// <summary>Reconsideration and litigation, documents and yearly counts.</summary>
public sealed partial class Register
{
    /// <summary>Files a reconsideration or suit about an application (number given, or the next one).</summary>
    public AppealCase FileAppeal(string? reference, string applicationRef, AppealKind kind, DateOnly filedOn, string? afterRef = null, string? correctionReason = null) =>
        Store.Run(t =>
        {
            var app = t.FindApplication(applicationRef) ?? throw NotFound(applicationRef);
            var r = string.IsNullOrWhiteSpace(reference) ? NextAppealRef(t, kind, filedOn.Year) : reference.Trim();
            if (t.FindAppeal(r) is not null)
            {
                throw ApplicationWorkflow.Refuse("REG066", $"案件编号 {r} 已存在", $"the case number {r} already exists");
            }

            var appeal = AppealWorkflow.File(r, app, kind, filedOn, afterRef);
            CheckAppealLocks(t, null, appeal, correctionReason);
            t.InsertAppeal(appeal);
            Log(t, "appeal", appeal.Ref, "file", null, appeal, correctionReason);
            return appeal;
        });

    public AppealCase DecideAppeal(string reference, AppealResult result, DateOnly on, string? correctionReason = null) =>
        Store.Run(t =>
        {
            var before = AppealOrRefuse(t, reference);
            var after = AppealWorkflow.Decide(before, result, on);
            CheckAppealLocks(t, before, after, correctionReason);
            var saved = t.UpdateAppeal(before, after);
            Log(t, "appeal", saved.Ref, "decide", before, saved, correctionReason);
            return saved;
        });

    /// <summary>
    /// An explicit correction of a case's recorded facts (kind, day filed, result and day decided, or back to 尚未审结),
    /// allowed on decided cases and in published years; the reason is required and recorded.
    /// </summary>
    public AppealCase CorrectAppeal(string reference, Func<AppealCase, AppealCase> amend, string reason) =>
        Store.Run(t =>
        {
            ArgumentNullException.ThrowIfNull(amend);
            RequireReason(reason);
            var before = AppealOrRefuse(t, reference);
            var app = t.FindApplication(before.ApplicationRef) ?? throw NotFound(before.ApplicationRef);
            var after = AppealWorkflow.Correct(before, amend(before), app);
            CheckAppealLocks(t, before, after, reason);
            var saved = t.UpdateAppeal(before, after);
            Log(t, "appeal", saved.Ref, "correct", before, saved, reason);
            return saved;
        });

    public IReadOnlyList<AppealCase> Appeals(string? applicationRef = null) => Store.Run(t => t.ListAppeals(applicationRef));

    /// <summary>Registers a 规章 or 行政规范性文件.</summary>
    public RegisterDocument AddDocument(RegisterDocument document, string? correctionReason = null) =>
        Store.Run(t =>
        {
            ArgumentNullException.ThrowIfNull(document);
            CheckDocument(document);
            if (t.FindDocument(document.Number) is not null)
            {
                throw ApplicationWorkflow.Refuse("REG101", $"文号 {document.Number} 已登记", $"{document.Number} is already registered");
            }

            CheckDocumentLocks(t, null, document, correctionReason);
            t.InsertDocument(document);
            Log(t, "document", document.Number, "issue", null, document, correctionReason);
            return document;
        });

    public RegisterDocument RepealDocument(string number, DateOnly on, string? correctionReason = null) =>
        Store.Run(t =>
        {
            var before = DocumentOrRefuse(t, number);
            if (before.RepealedOn is { } r)
            {
                throw ApplicationWorkflow.Refuse("REG104", $"{number} 已于 {ApplicationWorkflow.D(r)} 废止", $"{number} was repealed on {ApplicationWorkflow.D(r)}");
            }

            var after = before with { RepealedOn = on };
            CheckDocument(after);
            CheckDocumentLocks(t, before, after, correctionReason);
            t.UpdateDocument(after);
            Log(t, "document", number, "repeal", before, after, correctionReason);
            return after;
        });

    /// <summary>
    /// An explicit correction of a document's recorded facts (kind, title, day issued, day repealed or none), allowed in
    /// published years; the reason is required and recorded.
    /// </summary>
    public RegisterDocument CorrectDocument(string number, Func<RegisterDocument, RegisterDocument> amend, string reason) =>
        Store.Run(t =>
        {
            ArgumentNullException.ThrowIfNull(amend);
            RequireReason(reason);
            var before = DocumentOrRefuse(t, number);
            var after = amend(before) with { Number = before.Number };
            CheckDocument(after);

            CheckDocumentLocks(t, before, after, reason);
            t.UpdateDocument(after);
            Log(t, "document", after.Number, "correct", before, after, reason);
            return after;
        });

    /// <summary>What every registered document must be: numbered, titled, of a known kind, not repealed before it was issued.</summary>
    private static AppealCase AppealOrRefuse(RegisterTransaction t, string reference) =>
        t.FindAppeal(reference) ?? throw ApplicationWorkflow.Refuse("REG067", $"没有编号为 {reference} 的复议诉讼案件", $"no reconsideration or suit numbered {reference}");

    private static RegisterDocument DocumentOrRefuse(RegisterTransaction t, string number) =>
        t.FindDocument(number) ?? throw ApplicationWorkflow.Refuse("REG103", $"没有文号为 {number} 的文件", $"no document numbered {number}");

    private static void CheckDocument(RegisterDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.Number) || string.IsNullOrWhiteSpace(document.Title))
        {
            throw ApplicationWorkflow.Refuse("REG100", "文件须有文号和标题", "a document needs a number and a title");
        }

        if (!Enum.IsDefined(document.Kind))
        {
            throw ApplicationWorkflow.Refuse("REG105", "文件类型须为规章或行政规范性文件", "the kind must be a rule or a normative document");
        }

        if (document.RepealedOn is { } r && r < document.IssuedOn)
        {
            throw ApplicationWorkflow.Refuse("REG102", "废止日期不能早于制发日期", "a document cannot be repealed before it was issued");
        }
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw ApplicationWorkflow.Refuse("REG070", "更正须说明理由", "a correction needs a reason");
        }
    }

    public IReadOnlyList<RegisterDocument> Documents() => Store.Run(t => t.ListDocuments());

    /// <summary>Sets a yearly figure of table 1.</summary>
    public ProactiveCount SetCount(ProactiveCount count, string? correctionReason = null) =>
        Store.Run(t =>
        {
            ArgumentNullException.ThrowIfNull(count);
            if (count.Value < 0 && count.Measure != ProactiveMeasure.Items)
            {
                throw ApplicationWorkflow.Refuse("REG110", "数量和金额不能为负数", "counts and amounts cannot be negative");
            }

            if (count.Measure != ProactiveMeasure.Amount && decimal.Truncate(count.Value) != count.Value)
            {
                throw ApplicationWorkflow.Refuse("REG111", $"件数须为整数，而不是 {count.Value}", $"a count must be a whole number, not {count.Value}");
            }

            var before = t.FindCount(count.Year, count.Item, count.Measure);
            var published = t.PublishedYears();
            if (before?.Value != count.Value && (published.Contains(count.Year) || (published.Contains(count.Year + 1) && count.Measure == ProactiveMeasure.Items)))
            {
                RequireCorrection(t, published.Contains(count.Year) ? count.Year : count.Year + 1, $"{count.Year} {count.Item} {count.Measure}", correctionReason);
            }

            t.SetCount(count);
            Log(t, "count", $"{count.Year}/{count.Item}/{count.Measure}", "set", before, count, correctionReason);
            return count;
        });

    public IReadOnlyList<ProactiveCount> Counts(int year) => Store.Run(t => t.ListCounts(year, year));

    private static string NextAppealRef(RegisterTransaction t, AppealKind kind, int year)
    {
        var prefix = (kind == AppealKind.Reconsideration ? "复" : "诉") + year.ToString(CultureInfo.InvariantCulture) + "-";
        var n = t.ListAppeals().Count(a => a.Ref.StartsWith(prefix, StringComparison.Ordinal));
        string r;
        do
        {
            n++;
            r = prefix + n.ToString("D3", CultureInfo.InvariantCulture);
        }
        while (t.FindAppeal(r) is not null);
        return r;
    }

    private void CheckAppealLocks(RegisterTransaction t, AppealCase? before, AppealCase after, string? reason)
    {
        foreach (var year in t.PublishedYears())
        {
            if (YearContribution.Of(before, year) != YearContribution.Of(after, year))
            {
                RequireCorrection(t, year, after.Ref, reason);
            }
        }
    }

    private void CheckDocumentLocks(RegisterTransaction t, RegisterDocument? before, RegisterDocument after, string? reason)
    {
        foreach (var year in t.PublishedYears())
        {
            if (YearContribution.Of(before, year) != YearContribution.Of(after, year))
            {
                RequireCorrection(t, year, after.Number, reason);
            }
        }
    }
}
