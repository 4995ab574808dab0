namespace Gongkai.Cases.Storage;

/// <summary>What differs between the two databases in the SQL the register writes. Everything else is shared.</summary>
public sealed record SqlDialect(string Name, string ForUpdate, bool DatesAsText)
{
    public static SqlDialect Sqlite { get; } = new("sqlite", string.Empty, true);

    public static SqlDialect Postgres { get; } = new("postgresql", " FOR UPDATE", false);
}
