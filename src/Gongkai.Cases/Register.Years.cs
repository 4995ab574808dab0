using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gongkai.Calendar;
using Gongkai.Calendar.Data;
using Gongkai.Cases.Annual;
using Gongkai.Cases.Domain;
using Gongkai.Cases.Storage;
using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Cases;

/// <summary>The annual report from the register, publishing (locking) a year, and re-dating after a calendar update.</summary>
public sealed partial class Register
{
    /// <summary>The body name used when none is set.</summary>
    public const string UnnamedBody = "（未设置机关名称）";

    /// <summary>The report of <paramref name="year"/> in <paramref name="edition"/> (default: the edition of the year).</summary>
    public AnnualResult Annual(int year, ReportEdition? edition = null)
    {
        var (figures, publication, body) = Store.Run(t => (t.LoadAnnualFigures(year), t.FindPublication(year), t.GetMeta("body_name")));
        var options = new AnnualReportOptions(body ?? UnnamedBody, edition ?? publication?.Edition ?? ReportSchema.ExpectedEditionFor(year));
        var model = AnnualReport.Build(figures, options, out var missing);
        var changed = publication is null || publication.Edition != options.Edition ? [] : Differences(publication, model.Tables);
        return new AnnualResult(figures, model, missing, publication, changed);
    }

    /// <summary>Publishes the report of <paramref name="year"/>: records its tables and locks the year.</summary>
    public Publication Publish(int year, ReportEdition? edition = null)
    {
        var result = Annual(year, edition);
        return Store.Run(t =>
        {
            if (t.FindPublication(year) is { } existing)
            {
                throw ApplicationWorkflow.Refuse("REG081", $"{year} 年度报告已于 {existing.PublishedAt:yyyy-MM-dd} 发布，该年度已锁定", $"the {year} report was published on {existing.PublishedAt:yyyy-MM-dd}; the year is locked");
            }

            var json = TablesJson(result.Model.Tables);
            var p = new Publication(year, result.Model.Edition, _time.GetUtcNow(), Actor, Hash(json), json);
            t.InsertPublication(p);
            t.AppendHistory(new HistoryEntry("year", year.ToString(CultureInfo.InvariantCulture), p.PublishedAt, Actor, "publish", null, p.TablesHash));
            return p;
        });
    }

    /// <summary>
    /// Brings the open cases up to the calendar in use: when its data differ from those the register last used (a new
    /// year's notice, an amendment), every open case whose deadline can move is re-dated, and each change is recorded
    /// in its history with the old and new dates and calendar versions. The first call on a new register only records
    /// the calendar.
    /// </summary>
    public IReadOnlyList<Redating> SyncCalendar(string calendarJson)
    {
        var calendar = Deadlines.Calendar;

        // the version is part of the key: a calendar "as known on" a past day has the data's hash but other days
        var key = calendar.ContentHash + "@" + calendar.VersionId;
        return Store.Run(t =>
        {
            var stored = t.CurrentCalendar();
            var changes = new List<Redating>();
            if (stored is { } s && s.Hash != key)
            {
                CalendarDiff? diff = null;
                try
                {
                    diff = CalendarDiff.Between(WorkingDayCalendar.Create(HolidayCalendarSource.FromJson(s.Json, "register")), calendar);
                }
                catch (Exception e) when (e is HolidayDataFormatException or InvalidHolidayDataException)
                {
                    diff = null; // the old data no longer read: re-date every open case
                }

                var reason = $"日历数据由 {s.VersionId} 更新为 {calendar.VersionId} / calendar data updated from {s.VersionId} to {calendar.VersionId}";
                foreach (var app in t.QueryApplications(new ApplicationQuery { OpenOnly = true }))
                {
                    if (diff is not null && app.DueOn is { } due && !diff.Affects(app.ReceivedOn, due))
                    {
                        continue;
                    }

                    var redated = Deadlines.WithDue(app);
                    if (redated.DueOn != app.DueOn)
                    {
                        var saved = t.UpdateApplication(app, redated);
                        Log(t, "application", app.Ref, "redate", app, saved, reason);
                        changes.Add(new Redating(app.Ref, app.DueOn, saved.DueOn, app.CalendarVersion ?? s.VersionId, calendar.VersionId));
                    }
                }
            }

            if (stored is null || stored.Value.Hash != key)
            {
                t.SetCurrentCalendar(key, calendar.VersionId, calendarJson, _time.GetUtcNow());
                t.AppendHistory(new HistoryEntry("calendar", calendar.VersionId, _time.GetUtcNow(), Actor, "use", stored?.VersionId, calendar.VersionId, $"{changes.Count} open case(s) re-dated"));
            }

            return changes;
        });
    }

    /// <summary>The cells as published: field id → value, in schema order.</summary>
    internal static string TablesJson(ReportTables tables)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in tables.Schema.Fields)
        {
            d[f.Id] = tables[f].Value.ToString();
        }

        return JsonSerializer.Serialize(d);
    }

    internal static string Hash(string json) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    private static List<CellChange> Differences(Publication publication, ReportTables now)
    {
        var published = JsonSerializer.Deserialize<Dictionary<string, string>>(publication.TablesJson) ?? [];
        var list = new List<CellChange>();
        foreach (var f in now.Schema.Fields)
        {
            var current = now[f].Value.ToString();
            if (published.TryGetValue(f.Id, out var was) && was != current)
            {
                list.Add(new CellChange(f.Id, f.Label, was, current));
            }
        }

        return list;
    }
}
