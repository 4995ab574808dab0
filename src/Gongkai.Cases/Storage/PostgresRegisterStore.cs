using System.Data.Common;
using Dapper;
using Npgsql;

namespace Gongkai.Cases.Storage;

/// <summary>The register in a PostgreSQL database, named by an Npgsql connection string.</summary>
public sealed class PostgresRegisterStore : RegisterStore
{
    private readonly string _location;

    private PostgresRegisterStore(NpgsqlConnection connection, string location)
        : base(connection, SqlDialect.Postgres)
    {
        _location = location;
    }

    public override string Location => _location;

    public static PostgresRegisterStore Connect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (connectionString.Contains("://", StringComparison.Ordinal))
        {
            throw new Domain.RegisterException("REG095", "请使用 Npgsql 连接字符串，如 Host=127.0.0.1;Port=5432;Username=gongkai;Database=gongkai", "use an Npgsql connection string, e.g. Host=127.0.0.1;Port=5432;Username=gongkai;Database=gongkai");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new Domain.RegisterException("REG095", $"PostgreSQL 连接字符串无效：{e.Message}", $"invalid PostgreSQL connection string: {e.Message}");
        }

        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            throw new Domain.RegisterException("REG096", $"无法连接 PostgreSQL（{builder.Host}:{builder.Port}/{builder.Database}）：{e.Message}", $"cannot connect to PostgreSQL ({builder.Host}:{builder.Port}/{builder.Database}): {e.Message}");
        }

        try
        {
            return new PostgresRegisterStore(connection, $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override string IntegrityCheck()
    {
        // PostgreSQL keeps its own integrity; check that the register's tables answer and its history is intact.
        var n = Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM applications");
        return n >= 0 ? "ok" : "applications unreadable";
    }

    private protected override bool IsUniqueViolation(DbException e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
