using System.Data;
using System.Data.Common;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Storage;

/// <summary>
/// The shared part of both stores: one open connection, migrations at open, and <see cref="Run{T}"/>, which wraps
/// every command in a transaction. Not thread-safe: one store per thread (the command line uses one).
/// </summary>
public abstract class RegisterStore : IRegisterStore
{
    private readonly DbConnection _connection;
    private bool _inCommand;

    private protected RegisterStore(DbConnection connection, SqlDialect dialect)
    {
        DateOnlyHandler.Register();
        _connection = connection;
        Dialect = dialect;
        SchemaVersion = MigrationRunner.Apply(connection, dialect);
    }

    public string Provider => Dialect.Name;

    public abstract string Location { get; }

    public int SchemaVersion { get; }

    internal SqlDialect Dialect { get; }

    /// <summary>
    /// Opens the register named by <paramref name="database"/>: a PostgreSQL connection string (it contains
    /// <c>Host=</c>), or else a path to a SQLite file, created when missing.
    /// </summary>
    public static IRegisterStore Open(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        return IsPostgres(database) ? PostgresRegisterStore.Connect(database) : SqliteRegisterStore.OpenFile(database);
    }

    /// <summary>True for an Npgsql connection string (or a postgres:// URL, which is refused with a hint).</summary>
    public static bool IsPostgres(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Contains("Host=", StringComparison.OrdinalIgnoreCase) || database.Contains("Server=", StringComparison.OrdinalIgnoreCase)
            || database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
    }

    public T Run<T>(Func<RegisterTransaction, T> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (_inCommand)
        {
            throw new InvalidOperationException("commands do not nest: use the transaction you were given");
        }

        _inCommand = true;
        try
        {
            using var tx = _connection.BeginTransaction(Dialect.Name == "sqlite" ? IsolationLevel.Serializable : IsolationLevel.ReadCommitted);
            var result = command(new RegisterTransaction(_connection, tx, Dialect));
            tx.Commit();
            return result;
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            throw new RegisterException("REG091", "编号重复：登记簿中已有相同编号的记录，未做任何更改", "duplicate number: the register already has a record with that number; nothing was changed");
        }
        finally
        {
            _inCommand = false;
        }
    }

    public abstract string IntegrityCheck();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Dispose();
        }
    }

    private protected DbConnection Connection => _connection;

    private protected abstract bool IsUniqueViolation(DbException e);
}
