using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Gongkai.Cases.Storage;

/// <summary>
/// The register in a SQLite file. WAL journal with <c>synchronous=FULL</c>: a transaction acknowledged by
/// <see cref="RegisterStore.Run{T}"/> is on disk, and a process killed at any moment leaves a database that opens
/// with every committed transaction and passes <c>PRAGMA integrity_check</c>.
/// </summary>
public sealed class SqliteRegisterStore : RegisterStore
{
    private readonly string _path;

    private SqliteRegisterStore(SqliteConnection connection, string path)
        : base(connection, SqlDialect.Sqlite)
    {
        _path = path;
    }

    public override string Location => _path;

    /// <summary>Opens (creating when missing) the register file at <paramref name="path"/>.</summary>
    public static SqliteRegisterStore OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new Domain.RegisterException("REG092", $"文件夹不存在：{dir}", $"no such folder: {dir}");
        }

        var cs = new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        var connection = new SqliteConnection(cs);
        try
        {
            connection.Open();
            var header = connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL");
            if (!string.Equals(header, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new Domain.RegisterException("REG093", $"无法以 WAL 方式打开 {full}", $"cannot open {full} in WAL mode");
            }

            connection.Execute("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
            return new SqliteRegisterStore(connection, full);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            connection.Dispose();
            throw new Domain.RegisterException("REG094", $"{full} 不是登记簿数据库（SQLite 文件），或已损坏", $"{full} is not a register database (a SQLite file), or it is damaged");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override string IntegrityCheck() => string.Join("; ", Connection.Query<string>("PRAGMA integrity_check"));

    private protected override bool IsUniqueViolation(DbException e) => e is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };
}
