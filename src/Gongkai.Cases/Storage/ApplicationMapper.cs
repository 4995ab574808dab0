using System.Data.Common;
using Gongkai.Calendar.Deadlines;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Storage;

/// <summary>An application to and from its row. Reads by position, with the provider's own date and decimal readers.</summary>
internal static class ApplicationMapper
{
    public const string Columns =
        "ref, applicant_name, applicant_key, applicant_type, channel, received_on, request, state, " +
        "correction_requested_on, corrected_received_on, consultations, extension_approved_on, extension_days, extension_approver, " +
        "fee_basis, fee_quantity, fee_amount, fee_issued_on, fee_due_on, fee_paid_on, fee_lapsed_on, " +
        "outcome, closed_on, withdrawn, due_on, calendar_version, note, version";

    public const string Parameters =
        "@Ref, @ApplicantName, @ApplicantKey, @ApplicantType, @Channel, @ReceivedOn, @Request, @State, " +
        "@CorrectionRequestedOn, @CorrectedReceivedOn, @Consultations, @ExtensionApprovedOn, @ExtensionDays, @ExtensionApprover, " +
        "@FeeBasis, @FeeQuantity, @FeeAmount, @FeeIssuedOn, @FeeDueOn, @FeePaidOn, @FeeLapsedOn, " +
        "@Outcome, @ClosedOn, @Withdrawn, @DueOn, @CalendarVersion, @Note, @Version";

    public const string Assignments =
        "applicant_name = @ApplicantName, applicant_key = @ApplicantKey, applicant_type = @ApplicantType, channel = @Channel, " +
        "received_on = @ReceivedOn, request = @Request, state = @State, correction_requested_on = @CorrectionRequestedOn, " +
        "corrected_received_on = @CorrectedReceivedOn, consultations = @Consultations, extension_approved_on = @ExtensionApprovedOn, " +
        "extension_days = @ExtensionDays, extension_approver = @ExtensionApprover, fee_basis = @FeeBasis, fee_quantity = @FeeQuantity, " +
        "fee_amount = @FeeAmount, fee_issued_on = @FeeIssuedOn, fee_due_on = @FeeDueOn, fee_paid_on = @FeePaidOn, fee_lapsed_on = @FeeLapsedOn, " +
        "outcome = @Outcome, closed_on = @ClosedOn, withdrawn = @Withdrawn, due_on = @DueOn, calendar_version = @CalendarVersion, " +
        "note = @Note, version = @Version";

    /// <summary>The parameters of <paramref name="a"/> (Dapper reads the properties).</summary>
    public static object ToParameters(Application a) => new
    {
        a.Ref,
        a.ApplicantName,
        a.ApplicantKey,
        ApplicantType = (int)a.ApplicantType,
        Channel = (int)a.Channel,
        a.ReceivedOn,
        a.Request,
        State = (int)a.State,
        CorrectionRequestedOn = a.Correction?.RequestedOn,
        CorrectedReceivedOn = a.Correction?.CorrectedReceivedOn,
        Consultations = RegisterJson.Consultations(a.Consultations),
        ExtensionApprovedOn = a.Extension?.ApprovedOn,
        ExtensionDays = a.Extension?.WorkingDays,
        ExtensionApprover = a.Extension?.Approver,
        FeeBasis = (int?)a.Fee?.Basis,
        FeeQuantity = a.Fee?.Quantity,
        FeeAmount = a.Fee?.AmountYuan,
        FeeIssuedOn = a.Fee?.IssuedOn,
        FeeDueOn = a.Fee?.PaymentDueOn,
        FeePaidOn = a.Fee?.PaidOn,
        FeeLapsedOn = a.Fee?.LapsedOn,
        Outcome = (int?)a.Outcome,
        a.ClosedOn,
        a.Withdrawn,
        a.DueOn,
        a.CalendarVersion,
        a.Note,
        a.Version,
    };

    public static Application Read(DbDataReader r)
    {
        var app = new Application(r.GetString(0), r.GetString(1), (ApplicantType)r.GetInt32(3), (ReceiptChannel)r.GetInt32(4), Date(r, 5), r.GetString(6))
        {
            ApplicantKey = r.GetString(2),
            State = (ApplicationState)r.GetInt32(7),
            Consultations = RegisterJson.Consultations(r.IsDBNull(10) ? null : r.GetString(10)),
            Outcome = r.IsDBNull(21) ? null : (Outcome)r.GetInt32(21),
            ClosedOn = NDate(r, 22),
            Withdrawn = r.GetBoolean(23),
            DueOn = NDate(r, 24),
            CalendarVersion = r.IsDBNull(25) ? null : r.GetString(25),
            Note = r.IsDBNull(26) ? null : r.GetString(26),
            Version = r.GetInt32(27),
        };
        if (NDate(r, 8) is { } asked)
        {
            app = app with { Correction = new CorrectionRequest(asked, NDate(r, 9)) };
        }

        if (NDate(r, 11) is { } approved)
        {
            app = app with { Extension = new DeadlineExtension(approved, r.GetInt32(12), r.IsDBNull(13) ? string.Empty : r.GetString(13)) };
        }

        if (!r.IsDBNull(14))
        {
            app = app with
            {
                Fee = new FeeNotice((FeeBasis)r.GetInt32(14), r.GetInt32(15), RegisterTransaction.Normalize(r.GetDecimal(16)), Date(r, 17), Date(r, 18))
                {
                    PaidOn = NDate(r, 19),
                    LapsedOn = NDate(r, 20),
                },
            };
        }

        return app;
    }

    public static DateOnly Date(DbDataReader r, int i) => r.GetFieldValue<DateOnly>(i);

    public static DateOnly? NDate(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
