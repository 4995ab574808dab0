namespace Gongkai.Calendar.Data;

/// <summary>
/// One holiday period of a year's notice (元旦, 春节, …, or a merged "国庆节、中秋节"), in its final form, and for a
/// period changed by an amending notice also the arrangement it replaced.
/// </summary>
/// <param name="Name">The name as the notice writes it (Chinese).</param>
/// <param name="NameEn">An English name for English output.</param>
/// <param name="Arrangement">The arrangement in force after every amendment.</param>
public sealed record HolidayPeriod(string Name, string NameEn, PeriodArrangement Arrangement)
{
    /// <summary>The document number of the amending notice that changed this period; null when never amended.</summary>
    public string? AmendedBy { get; init; }

    /// <summary>
    /// The arrangement of the first notice, kept so that deadlines computed before the amendment can be reproduced and
    /// re-dated. Null when the period was not amended, or when the amending notice created the period (a one-off
    /// holiday such as 2015-09-03): see <see cref="IsAddedByAmendment"/>.
    /// </summary>
    public PeriodArrangement? Original { get; init; }

    /// <summary>True for a period that did not exist before its amending notice.</summary>
    public bool IsAddedByAmendment => AmendedBy is not null && Original is null;

    /// <summary>The name in <paramref name="language"/>.</summary>
    public string NameIn(Diagnostics.Language language) => language == Diagnostics.Language.En ? NameEn : Name;
}
