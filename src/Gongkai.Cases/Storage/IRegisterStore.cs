namespace Gongkai.Cases.Storage;

/// <summary>
/// Where the register lives: a SQLite file (the default) or a PostgreSQL database. Every command runs in one
/// transaction (<see cref="Run{T}"/>): it is committed whole or not at all, so a crash or a refused step never leaves
/// half a change. Opening a store applies the pending versioned migrations first.
/// </summary>
public interface IRegisterStore : IDisposable
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Provider { get; }

    /// <summary>Where, for people: the file path, or host and database (never a password).</summary>
    string Location { get; }

    /// <summary>The schema version after migrations.</summary>
    int SchemaVersion { get; }

    /// <summary>Runs <paramref name="command"/> in a transaction and commits it; an exception rolls everything back.</summary>
    T Run<T>(Func<RegisterTransaction, T> command);

    /// <summary>Checks the database's own integrity: "ok", or what is wrong.</summary>
    string IntegrityCheck();
}
