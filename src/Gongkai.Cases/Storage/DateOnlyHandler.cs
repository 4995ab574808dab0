using System.Data;
using System.Globalization;
using Dapper;

namespace Gongkai.Cases.Storage;

/// <summary>
/// Dates as Dapper parameters: ISO text for SQLite (which then sorts and compares them as dates), a <c>date</c> for
/// PostgreSQL.
/// </summary>
internal sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            SqlMapper.AddTypeHandler(new DateOnlyHandler());
        }
    }

    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.Value = parameter is Npgsql.NpgsqlParameter ? value : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public override DateOnly Parse(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException("not a date: " + value.GetType().Name),
    };
}
