using System.Data.Common;
using System.Globalization;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Storage;

/// <summary>
/// Inserts many applications through one prepared statement whose parameters are reset per row: the import and the
/// demo write tens of thousands of rows in one transaction, where a new command per row would cost more than the row.
/// </summary>
internal sealed class ApplicationBulkWriter : IDisposable
{
    private static readonly string[] Names = ApplicationMapper.Parameters.Split(", ").Select(p => p.TrimStart('@')).ToArray();
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly bool _datesAsText;

    public ApplicationBulkWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        _datesAsText = dialect.DatesAsText;
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO applications ({ApplicationMapper.Columns}) VALUES ({ApplicationMapper.Parameters})";
        _parameters = new DbParameter[Names.Length];
        for (var i = 0; i < Names.Length; i++)
        {
            var p = _command.CreateParameter();
            p.ParameterName = "@" + Names[i];
            _command.Parameters.Add(p);
            _parameters[i] = p;
        }
    }

    public void Write(Application a)
    {
        var i = 0;
        void Set(object? v) => _parameters[i++].Value = v ?? DBNull.Value;
        Set(a.Ref);
        Set(a.ApplicantName);
        Set(a.ApplicantKey);
        Set((int)a.ApplicantType);
        Set((int)a.Channel);
        Set(Date(a.ReceivedOn));
        Set(a.Request);
        Set((int)a.State);
        Set(Date(a.Correction?.RequestedOn));
        Set(Date(a.Correction?.CorrectedReceivedOn));
        Set(RegisterJson.Consultations(a.Consultations));
        Set(Date(a.Extension?.ApprovedOn));
        Set(a.Extension?.WorkingDays);
        Set(a.Extension?.Approver);
        Set((int?)a.Fee?.Basis);
        Set(a.Fee?.Quantity);
        Set(a.Fee?.AmountYuan);
        Set(Date(a.Fee?.IssuedOn));
        Set(Date(a.Fee?.PaymentDueOn));
        Set(Date(a.Fee?.PaidOn));
        Set(Date(a.Fee?.LapsedOn));
        Set((int?)a.Outcome);
        Set(Date(a.ClosedOn));
        Set(a.Withdrawn);
        Set(Date(a.DueOn));
        Set(a.CalendarVersion);
        Set(a.Note);
        Set(a.Version);
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();

    private object? Date(DateOnly? d) => d is not { } v ? null : _datesAsText ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : v;
}
