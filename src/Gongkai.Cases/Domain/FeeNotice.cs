namespace Gongkai.Cases.Domain;

/// <summary>
/// A fee notice (收费通知) under 国办函〔2020〕109号, and what became of it. One application has at most one notice, on one
/// basis: the type cannot hold both an amount by piece and one by volume.
/// </summary>
/// <param name="Basis">按件 or 按量.</param>
/// <param name="Quantity">For 按件, the application's rank among the applicant's applications that month; for 按量, its pages.</param>
/// <param name="AmountYuan">The fee in yuan, from <see cref="FeeCalculator"/>.</param>
/// <param name="IssuedOn">The day the notice was issued.</param>
/// <param name="PaymentDueOn">The last day to pay.</param>
public sealed record FeeNotice(FeeBasis Basis, int Quantity, decimal AmountYuan, DateOnly IssuedOn, DateOnly PaymentDueOn)
{
    /// <summary>The day it was paid; null while unpaid.</summary>
    public DateOnly? PaidOn { get; init; }

    /// <summary>The day the office recorded that the time to pay ran out (→ 其他处理 2).</summary>
    public DateOnly? LapsedOn { get; init; }
}
