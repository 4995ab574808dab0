namespace Gongkai.Calendar.Deadlines;

/// <summary>The receipt of an application under 第三十一条.</summary>
/// <param name="Channel">How it arrived.</param>
/// <param name="Date">
/// The day of receipt as 第三十一条 defines it for <paramref name="Channel"/>: the day handed in, signed for, or
/// confirmed. It may be a rest day (post signed for on a Saturday); counting still starts on the next day.
/// </param>
public sealed record ApplicationReceipt(ReceiptChannel Channel, DateOnly Date)
{
    /// <summary>
    /// When the applicant submitted or posted it, if known. Only for the explanation and for checks: it never replaces
    /// <see cref="Date"/>, because 第三十一条 counts from the agency's receipt, not from dispatch.
    /// </summary>
    public DateOnly? SubmittedOn { get; init; }
}
