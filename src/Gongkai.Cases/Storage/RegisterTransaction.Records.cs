using System.Globalization;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Storage;

/// <summary>Appeals, documents and yearly counts.</summary>
public sealed partial class RegisterTransaction
{
    private const string AppealColumns = "ref, application_ref, kind, filed_on, result, decided_on, after_ref, note, version";

    public AppealCase? FindAppeal(string reference)
    {
        using var r = Reader($"SELECT {AppealColumns} FROM appeals WHERE ref = @reference{_dialect.ForUpdate}", new { reference });
        return r.Read() ? ReadAppeal(r) : null;
    }

    public IReadOnlyList<AppealCase> ListAppeals(string? applicationRef = null)
    {
        var list = new List<AppealCase>();
        using var r = Reader($"SELECT {AppealColumns} FROM appeals" + (applicationRef is null ? string.Empty : " WHERE application_ref = @applicationRef") + " ORDER BY filed_on, ref", new { applicationRef });
        while (r.Read())
        {
            list.Add(ReadAppeal(r));
        }

        return list;
    }

    public void InsertAppeal(AppealCase a)
    {
        ArgumentNullException.ThrowIfNull(a);
        Execute($"INSERT INTO appeals ({AppealColumns}) VALUES (@Ref, @ApplicationRef, @Kind, @FiledOn, @Result, @DecidedOn, @AfterRef, @Note, @Version)", AppealParameters(a));
    }

    public AppealCase UpdateAppeal(AppealCase before, AppealCase after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var next = after with { Version = before.Version + 1 };
        var n = Execute(
            "UPDATE appeals SET application_ref = @ApplicationRef, kind = @Kind, filed_on = @FiledOn, result = @Result, decided_on = @DecidedOn, after_ref = @AfterRef, note = @Note, version = @Version WHERE ref = @Ref AND version = @OldVersion",
            new Dapper.DynamicParameters(AppealParameters(next)).Also(p => p.Add("OldVersion", before.Version)));
        return n == 1 ? next : throw new RegisterException("REG097", $"案件 {before.Ref} 已被他人修改，请重新读取后再操作", $"{before.Ref} was changed by someone else; retry");
    }

    public RegisterDocument? FindDocument(string number)
    {
        using var r = Reader($"SELECT number, kind, title, issued_on, repealed_on FROM documents WHERE number = @number{_dialect.ForUpdate}", new { number });
        return r.Read() ? ReadDocument(r) : null;
    }

    public IReadOnlyList<RegisterDocument> ListDocuments()
    {
        var list = new List<RegisterDocument>();
        using var r = Reader("SELECT number, kind, title, issued_on, repealed_on FROM documents ORDER BY issued_on, number", null);
        while (r.Read())
        {
            list.Add(ReadDocument(r));
        }

        return list;
    }

    public void InsertDocument(RegisterDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        Execute("INSERT INTO documents (number, kind, title, issued_on, repealed_on) VALUES (@Number, @Kind, @Title, @IssuedOn, @RepealedOn)", new { d.Number, Kind = (int)d.Kind, d.Title, d.IssuedOn, d.RepealedOn });
    }

    public void UpdateDocument(RegisterDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        Execute("UPDATE documents SET kind = @Kind, title = @Title, issued_on = @IssuedOn, repealed_on = @RepealedOn, version = version + 1 WHERE number = @Number", new { d.Number, Kind = (int)d.Kind, d.Title, d.IssuedOn, d.RepealedOn });
    }

    /// <summary>Sets one yearly figure (insert or replace).</summary>
    public void SetCount(ProactiveCount c)
    {
        ArgumentNullException.ThrowIfNull(c);
        Execute(
            "INSERT INTO proactive_counts (year, item, measure, value) VALUES (@Year, @Item, @Measure, @Value) ON CONFLICT (year, item, measure) DO UPDATE SET value = excluded.value",
            new { c.Year, Item = (int)c.Item, Measure = (int)c.Measure, c.Value });
    }

    public ProactiveCount? FindCount(int year, ProactiveItem item, ProactiveMeasure measure) =>
        ListCounts(year, year).FirstOrDefault(c => c.Item == item && c.Measure == measure);

    public IReadOnlyList<ProactiveCount> ListCounts(int fromYear, int toYear)
    {
        var list = new List<ProactiveCount>();
        using var r = Reader("SELECT year, item, measure, value FROM proactive_counts WHERE year >= @fromYear AND year <= @toYear ORDER BY year, item, measure", new { fromYear, toYear });
        while (r.Read())
        {
            list.Add(new ProactiveCount(r.GetInt32(0), (ProactiveItem)r.GetInt32(1), (ProactiveMeasure)r.GetInt32(2), Normalize(r.GetDecimal(3))));
        }

        return list;
    }

    private static object AppealParameters(AppealCase a) => new
    {
        a.Ref,
        a.ApplicationRef,
        Kind = (int)a.Kind,
        a.FiledOn,
        Result = (int?)a.Result,
        a.DecidedOn,
        a.AfterRef,
        a.Note,
        a.Version,
    };

    private static AppealCase ReadAppeal(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), (AppealKind)r.GetInt32(2), ApplicationMapper.Date(r, 3))
        {
            Result = r.IsDBNull(4) ? null : (AppealResult)r.GetInt32(4),
            DecidedOn = ApplicationMapper.NDate(r, 5),
            AfterRef = r.IsDBNull(6) ? null : r.GetString(6),
            Note = r.IsDBNull(7) ? null : r.GetString(7),
            Version = r.GetInt32(8),
        };

    private static RegisterDocument ReadDocument(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), (DocumentKind)r.GetInt32(1), r.GetString(2), ApplicationMapper.Date(r, 3)) { RepealedOn = ApplicationMapper.NDate(r, 4) };

    /// <summary>The same number without trailing zeros: SQLite and PostgreSQL return 921 as 921.0 and 921.0000.</summary>
    internal static decimal Normalize(decimal d) => d / 1.000000000000000000000000000000000m;

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
