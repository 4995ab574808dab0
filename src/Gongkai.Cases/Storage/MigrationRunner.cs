using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace Gongkai.Cases.Storage;

/// <summary>
/// Applies the embedded versioned migrations (<c>Storage/Migrations/{sqlite|postgresql}/NNNN_name.sql</c>) that the
/// database has not seen, each in its own transaction with its row in <c>schema_version</c>, so a database is always
/// at a whole version. PostgreSQL takes an advisory lock first, so two processes opening a new database at once do
/// not both migrate it.
/// </summary>
internal static class MigrationRunner
{
    private const string Prefix = "Gongkai.Cases.Migrations.";
    private const long AdvisoryLockKey = 0x676F6E676B6169; // "gongkai"

    /// <summary>Every migration of <paramref name="dialect"/>, by version.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations(SqlDialect dialect)
    {
        var folder = Prefix + (dialect.Name == "sqlite" ? "sqlite" : "postgres") + "/";
        var asm = typeof(MigrationRunner).Assembly;
        var list = new List<(int, string, string)>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name[folder.Length..];
            var version = int.Parse(file.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add((version, file, reader.ReadToEnd()));
        }

        return list;
    }

    /// <summary>Brings the database up to the latest version; returns it.</summary>
    public static int Apply(DbConnection connection, SqlDialect dialect)
    {
        var migrations = Migrations(dialect);
        using (var tx = connection.BeginTransaction())
        {
            if (dialect.Name != "sqlite")
            {
                connection.Execute("SELECT pg_advisory_xact_lock(@k)", new { k = AdvisoryLockKey }, tx);
            }

            connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", transaction: tx);
            tx.Commit();
        }

        var current = 0;
        foreach (var (version, name, sql) in migrations)
        {
            using var tx = connection.BeginTransaction();
            if (dialect.Name != "sqlite")
            {
                connection.Execute("SELECT pg_advisory_xact_lock(@k)", new { k = AdvisoryLockKey }, tx);
            }

            var applied = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_version WHERE version = @version", new { version }, tx);
            if (applied == 0)
            {
                connection.Execute(sql, transaction: tx);
                connection.Execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                    new { version, name, at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                    tx);
            }

            tx.Commit();
            current = version;
        }

        var latest = connection.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_version") ?? 0;
        if (latest > current)
        {
            throw new Domain.RegisterException(
                "REG090",
                $"数据库的结构版本（{latest}）比本程序支持的（{current}）更新，请升级 gongkai",
                $"the database's schema version ({latest}) is newer than this program supports ({current}); upgrade gongkai");
        }

        return current;
    }
}
