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

    /// <summary>
    /// Imports one CSV file, all or nothing: every line is checked first (errors per line, with its number); only a
    /// file without errors is written, in one transaction.
    /// </summary>
    public Import.ImportResult ImportCsv(byte[] bytes, string? correctionReason = null)
    {
        var (refs, appealRefs) = Store.Run(t => (t.AllApplicationRefs(), t.ListAppeals().Select(a => a.Ref).ToHashSet(StringComparer.Ordinal)));
        var importer = new Import.CsvImporter(Workflow);
        var parsed = Store.Run(t => importer.Parse(
            bytes,
            r => refs.Contains(r),
            (key, day) => t.RankInMonth(new Application("\uffff", key, ApplicantType.NaturalPerson, Gongkai.Calendar.Deadlines.ReceiptChannel.InPerson, day, string.Empty) { ApplicantKey = key }) - 1));
        if (!parsed.Ok)
        {
            return parsed;
        }

        var errors = new List<Import.ImportError>();
        foreach (var a in parsed.Appeals.Where(a => appealRefs.Contains(a.Ref)))
        {
            errors.Add(new Import.ImportError(0, $"案件编号 {a.Ref} 已在登记簿中", $"case {a.Ref} is already in the register"));
        }

        if (errors.Count > 0)
        {
            return parsed with { Errors = errors };
        }

        InsertAll(parsed.Applications, parsed.Appeals, parsed.Documents, parsed.Counts, "import", historyPerRecord: true, correctionReason);
        return parsed;
    }

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
