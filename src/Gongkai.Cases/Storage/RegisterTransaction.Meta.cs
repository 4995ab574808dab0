using System.Globalization;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Storage;

/// <summary>History, settings, publications and calendar versions.</summary>
public sealed partial class RegisterTransaction
{
    /// <summary>Appends to the history (the database refuses updates and deletes of it).</summary>
    public void AppendHistory(HistoryEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Execute(
            "INSERT INTO history (entity_kind, entity_ref, at, actor, action, before_json, after_json, reason) VALUES (@EntityKind, @EntityRef, @At, @Actor, @Action, @Before, @After, @Reason)",
            new { e.EntityKind, e.EntityRef, At = AtValue(e.At), e.Actor, e.Action, e.Before, e.After, e.Reason });
    }

    /// <summary>The history of one record, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> History(string entityKind, string entityRef)
    {
        var list = new List<HistoryEntry>();
        using var r = Reader("SELECT id, entity_kind, entity_ref, at, actor, action, before_json, after_json, reason FROM history WHERE entity_kind = @entityKind AND entity_ref = @entityRef ORDER BY id", new { entityKind, entityRef });
        while (r.Read())
        {
            list.Add(new HistoryEntry(r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)) { Id = r.GetInt64(0) });
        }

        return list;
    }

    public long CountHistory() => Scalar<long>("SELECT COUNT(*) FROM history", null);

    public string? GetMeta(string key) => Scalar<string?>("SELECT value FROM register_meta WHERE key = @key", new { key });

    public void SetMeta(string key, string value) =>
        Execute("INSERT INTO register_meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", new { key, value });

    public Publication? FindPublication(int year)
    {
        using var r = Reader("SELECT year, edition, published_at, actor, tables_hash, tables_json FROM publications WHERE year = @year", new { year });
        return r.Read()
            ? new Publication(r.GetInt32(0), (Schema.ReportEdition)r.GetInt32(1), r.GetFieldValue<DateTimeOffset>(2), r.GetString(3), r.GetString(4), r.GetString(5))
            : null;
    }

    public IReadOnlyList<int> PublishedYears() => [.. Query<int>("SELECT year FROM publications ORDER BY year", null)];

    public void InsertPublication(Publication p)
    {
        ArgumentNullException.ThrowIfNull(p);
        Execute(
            "INSERT INTO publications (year, edition, published_at, actor, tables_hash, tables_json) VALUES (@Year, @Edition, @At, @Actor, @TablesHash, @TablesJson)",
            new { p.Year, Edition = (int)p.Edition, At = AtValue(p.PublishedAt), p.Actor, p.TablesHash, p.TablesJson });
    }

    /// <summary>The calendar data last used to date the open cases (its content hash), or null for a new register.</summary>
    public (string Hash, string VersionId, string Json)? CurrentCalendar()
    {
        var hash = GetMeta("calendar_hash");
        if (hash is null)
        {
            return null;
        }

        using var r = Reader("SELECT content_hash, version_id, data_json FROM calendar_versions WHERE content_hash = @hash", new { hash });
        return r.Read() ? (r.GetString(0), r.GetString(1), r.GetString(2)) : null;
    }

    /// <summary>Records <paramref name="json"/> as the calendar in force for this register.</summary>
    public void SetCurrentCalendar(string hash, string versionId, string json, DateTimeOffset at)
    {
        var known = Scalar<long>("SELECT COUNT(*) FROM calendar_versions WHERE content_hash = @hash", new { hash });
        if (known == 0)
        {
            Execute("INSERT INTO calendar_versions (content_hash, version_id, data_json, recorded_at) VALUES (@hash, @versionId, @json, @at)", new { hash, versionId, json, at = AtValue(at) });
        }

        SetMeta("calendar_hash", hash);
    }

    /// <summary>Timestamps: ISO text in SQLite, timestamptz (UTC) in PostgreSQL.</summary>
    private object AtValue(DateTimeOffset at) => _dialect.DatesAsText ? at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) : at.ToUniversalTime();
}
