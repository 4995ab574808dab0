using Gongkai.Cases.Demo;
using Gongkai.Cases.Storage;
using static Gongkai.Cases.Tests.TestSupport;

namespace Gongkai.Cases.Tests;

/// <summary>The same register gives the same tables on SQLite and on PostgreSQL.</summary>
public sealed class CrossStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-cross-").FullName;
    private readonly PostgresRegisterTests _pg = new();

    public void Dispose()
    {
        _pg.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [SkippableFact]
    public void SameDemo_IdenticalTables_BothEditions()
    {
        Skip.If(Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES") is null, "GONGKAI_TEST_POSTGRES is not set: the SQLite/PostgreSQL comparison is skipped");
        var today = D("2026-01-15");
        using var sqlite = RegisterStore.Open(Path.Combine(_dir, "a.db"));
        using var pg = _pg.Store();
        var a = Register(sqlite, today);
        var b = Register(pg, today);
        var options = new DemoOptions(2023, 2025, 4_000, 11, today);
        a.LoadDemo(new DemoGenerator(a.Workflow).Generate(options));
        b.LoadDemo(new DemoGenerator(b.Workflow).Generate(options));
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            foreach (var edition in new[] { Schema.ReportEdition.National2021, Schema.ReportEdition.Trial2019 })
            {
                Assert.Equal(Cases.Register.TablesJson(a.Annual(year, edition).Model.Tables), Cases.Register.TablesJson(b.Annual(year, edition).Model.Tables));
            }
        }

        Assert.Equal(a.Overdue(today).Select(x => x.Ref), b.Overdue(today).Select(x => x.Ref));
    }
}
