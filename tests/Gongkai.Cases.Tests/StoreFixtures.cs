using Gongkai.Cases.Storage;
using Npgsql;

namespace Gongkai.Cases.Tests;

/// <summary>A fresh SQLite file per test class instance.</summary>
public sealed class SqliteRegisterTests : RegisterSuite
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-register-").FullName;

    protected override IRegisterStore OpenStore() => RegisterStore.Open(Path.Combine(_dir, "register.db"));

    protected override void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>
/// A fresh PostgreSQL database per test class instance, on the server named by GONGKAI_TEST_POSTGRES (scripts/test.sh
/// starts one on loopback); the tests skip with a message when it is not set.
/// </summary>
public sealed class PostgresRegisterTests : RegisterSuite
{
    private readonly string? _admin = Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES");
    private readonly string _database = "gk_" + Guid.NewGuid().ToString("N")[..12];
    private bool _created;

    public static string? ConnectionFor(string admin, string database) => new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = false }.ConnectionString;

    /// <summary>A store on this fixture's fresh database (for tests outside the suite).</summary>
    public IRegisterStore Store() => OpenStore();

    protected override IRegisterStore OpenStore()
    {
        Skip.If(_admin is null, "GONGKAI_TEST_POSTGRES is not set: PostgreSQL tests skipped (scripts/test.sh starts a server on loopback)");
        if (!_created)
        {
            using var c = new NpgsqlConnection(_admin);
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {_database}", c);
            cmd.ExecuteNonQuery();
            _created = true;
        }

        return RegisterStore.Open(ConnectionFor(_admin!, _database)!);
    }

    protected override void Cleanup()
    {
        if (_created)
        {
            NpgsqlConnection.ClearAllPools();
            using var c = new NpgsqlConnection(_admin);
            c.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", c);
            cmd.ExecuteNonQuery();
        }
    }
}
