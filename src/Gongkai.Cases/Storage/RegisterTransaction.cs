using System.Data.Common;
using System.Globalization;
using Dapper;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Storage;

/// <summary>
/// The operations of one command, all inside the transaction <see cref="IRegisterStore.Run{T}"/> opened. Records are
/// written with a version check (optimistic concurrency): a record changed by someone else since it was read is
/// refused rather than overwritten.
/// </summary>
public sealed partial class RegisterTransaction
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;

    internal RegisterTransaction(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        _connection = connection;
        _transaction = transaction;
        _dialect = dialect;
    }

    /// <summary>"sqlite" or "postgresql".</summary>
    public string Provider => _dialect.Name;

    /// <summary>The application with register number <paramref name="reference"/>, locked for update; null when none.</summary>
    public Application? FindApplication(string reference)
    {
        using var r = Reader($"SELECT {ApplicationMapper.Columns} FROM applications WHERE ref = @reference{_dialect.ForUpdate}", new { reference });
        return r.Read() ? ApplicationMapper.Read(r) : null;
    }

    public void InsertApplication(Application app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Execute($"INSERT INTO applications ({ApplicationMapper.Columns}) VALUES ({ApplicationMapper.Parameters})", ApplicationMapper.ToParameters(app));
    }

    /// <summary>Many new applications at once (import, demo): one prepared statement, reused.</summary>
    public int InsertApplications(IEnumerable<Application> apps)
    {
        ArgumentNullException.ThrowIfNull(apps);
        using var writer = new ApplicationBulkWriter(_connection, _transaction, _dialect);
        var n = 0;
        foreach (var a in apps)
        {
            writer.Write(a);
            n++;
        }

        return n;
    }

    /// <summary>Writes <paramref name="after"/> over the row read as <paramref name="before"/>; returns it with the new version.</summary>
    public Application UpdateApplication(Application before, Application after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var next = after with { Version = before.Version + 1 };
        var p = new DynamicParameters(ApplicationMapper.ToParameters(next));
        p.Add("OldVersion", before.Version);
        p.Add("OldRef", before.Ref);
        var n = _connection.Execute($"UPDATE applications SET ref = @Ref, {ApplicationMapper.Assignments} WHERE ref = @OldRef AND version = @OldVersion", p, _transaction);
        if (n != 1)
        {
            throw new RegisterException("REG097", $"申请 {before.Ref} 已被他人修改，请重新读取后再操作", $"{before.Ref} was changed by someone else; read it again and retry");
        }

        return next;
    }

    /// <summary>Applications matching <paramref name="query"/>, by receipt date then number.</summary>
    public IReadOnlyList<Application> QueryApplications(ApplicationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var p = new DynamicParameters();
        if (query.OpenOnly)
        {
            where.Add("state <> 4");
        }

        if (query.ReceivedFrom is { } f)
        {
            where.Add("received_on >= @from");
            p.Add("from", f);
        }

        if (query.ReceivedTo is { } t)
        {
            where.Add("received_on <= @to");
            p.Add("to", t);
        }

        if (query.DueBy is { } due)
        {
            where.Add("due_on IS NOT NULL AND due_on <= @due");
            p.Add("due", due);
        }

        if (query.ApplicantKey is { } key)
        {
            where.Add("applicant_key = @key");
            p.Add("key", key);
        }

        if (query.Search is { Length: > 0 } s)
        {
            where.Add("(ref LIKE @s OR applicant_name LIKE @s OR request LIKE @s)");
            p.Add("s", "%" + s + "%");
        }

        var sql = $"SELECT {ApplicationMapper.Columns} FROM applications" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty)
            + " ORDER BY " + (query.DueBy is null ? "received_on, ref" : "due_on, ref")
            + (query.Limit is { } limit ? " LIMIT " + limit.ToString(CultureInfo.InvariantCulture) : string.Empty);
        var list = new List<Application>();
        using var r = Reader(sql, p);
        while (r.Read())
        {
            list.Add(ApplicationMapper.Read(r));
        }

        return list;
    }

    /// <summary>
    /// The rank of <paramref name="app"/> among its applicant's applications received in the same calendar month (1 =
    /// first), for 按件 fees (109号办法第四条: per applicant per month). Ties on the day are broken by register number.
    /// </summary>
    public int RankInMonth(Application app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var monthStart = new DateOnly(app.ReceivedOn.Year, app.ReceivedOn.Month, 1);
        return 1 + Scalar<int>(
            "SELECT COUNT(*) FROM applications WHERE applicant_key = @key AND received_on >= @monthStart AND (received_on < @day OR (received_on = @day AND ref < @ref))",
            new { key = app.ApplicantKey, monthStart, day = app.ReceivedOn, @ref = app.Ref });
    }

    /// <summary>The next free register number of <paramref name="year"/>: "2025-00001", "2025-00002", ….</summary>
    public string NextApplicationRef(int year)
    {
        var prefix = year.ToString(CultureInfo.InvariantCulture) + "-";
        var last = Scalar<string?>("SELECT MAX(ref) FROM applications WHERE ref LIKE @p AND LENGTH(ref) = @len", new { p = prefix + "%", len = prefix.Length + 5 });
        var n = last is null ? 0 : int.Parse(last.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
        return prefix + (n + 1).ToString("D5", CultureInfo.InvariantCulture);
    }

    /// <summary>Every register number (for checking an import against the register in one read).</summary>
    public HashSet<string> AllApplicationRefs() => Query<string>("SELECT ref FROM applications", null).ToHashSet(StringComparer.Ordinal);

    public long CountApplications() => Scalar<long>("SELECT COUNT(*) FROM applications", null);

    internal int Execute(string sql, object? parameters) => _connection.Execute(sql, parameters, _transaction);

    internal T Scalar<T>(string sql, object? parameters) => _connection.ExecuteScalar<T>(sql, parameters, _transaction)!;

    internal IEnumerable<T> Query<T>(string sql, object? parameters) => _connection.Query<T>(sql, parameters, _transaction);

    internal DbDataReader Reader(string sql, object? parameters) => (DbDataReader)_connection.ExecuteReader(sql, parameters, _transaction);
}
