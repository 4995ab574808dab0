using System.Globalization;
using Gongkai.Cases.Demo;
using Gongkai.Cases.Domain;
using Gongkai.Cases.Storage;

namespace Gongkai.Cases;

/// <summary>Many records in one transaction: the CSV import (all or nothing per file) and the demo.</summary>
public sealed partial class Register
{
    /// <summary>
    /// Writes new records in one transaction: all of them, or none when any is refused (a duplicate number, a locked
    /// year). With <paramref name="historyPerRecord"/> each record gets its own history line; otherwise one line says
    /// what was loaded (the demo's million rows need no million lines).
    /// </summary>
    public int InsertAll(IReadOnlyList<Application> applications, IReadOnlyList<AppealCase> appeals, IReadOnlyList<RegisterDocument> documents, IReadOnlyList<ProactiveCount> counts, string action, bool historyPerRecord, string? correctionReason = null) =>
        Store.Run(t =>
        {
            ArgumentNullException.ThrowIfNull(applications);
            ArgumentNullException.ThrowIfNull(appeals);
            ArgumentNullException.ThrowIfNull(documents);
            ArgumentNullException.ThrowIfNull(counts);
            var published = t.PublishedYears();
            if (published.Count > 0)
            {
                foreach (var a in applications)
                {
                    CheckLocks(t, null, a, correctionReason);
                }

                foreach (var a in appeals)
                {
                    CheckAppealLocks(t, null, a, correctionReason);
                }

                foreach (var d in documents)
                {
                    CheckDocumentLocks(t, null, d, correctionReason);
                }
            }

            t.InsertApplications(applications);
            foreach (var a in appeals)
            {
                t.InsertAppeal(a);
            }

            foreach (var d in documents)
            {
                t.InsertDocument(d);
            }

            foreach (var c in counts)
            {
                t.SetCount(c);
            }

            if (historyPerRecord)
            {
                foreach (var a in applications)
                {
                    Log(t, "application", a.Ref, action, null, a, correctionReason);
                }

                foreach (var a in appeals)
                {
                    Log(t, "appeal", a.Ref, action, null, a, correctionReason);
                }

                foreach (var d in documents)
                {
                    Log(t, "document", d.Number, action, null, d, correctionReason);
                }

                foreach (var c in counts)
                {
                    Log(t, "count", $"{c.Year}/{c.Item}/{c.Measure}", action, null, c, correctionReason);
                }
            }
            else
            {
                var summary = string.Create(CultureInfo.InvariantCulture, $"{applications.Count} applications, {appeals.Count} appeals, {documents.Count} documents, {counts.Count} counts");
                t.AppendHistory(new HistoryEntry("register", action, _time.GetUtcNow(), Actor, action, null, summary, correctionReason));
            }

            return applications.Count + appeals.Count + documents.Count + counts.Count;
        });

    /// <summary>Loads a generated register (into an empty one) and names its body.</summary>
    public int LoadDemo(DemoData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (Store.Run(t => t.CountApplications()) > 0)
        {
            throw ApplicationWorkflow.Refuse("REG120", $"登记簿 {Store.Location} 中已有申请；示例数据只写入空的登记簿，请换一个文件（--db）", $"the register {Store.Location} already holds applications; the demo only fills an empty register: use another file (--db)");
        }

        SetBodyName(data.Body);
        return InsertAll(data.Applications, data.Appeals, data.Documents, data.Counts, "demo", historyPerRecord: false);
    }
}
