using System.Collections.Immutable;

namespace Gongkai.Calendar.Data;

/// <summary>
/// One year's arrangement: the notice "关于{Year}年部分节假日安排的通知", its amendments, and its periods.
/// </summary>
/// <remarks>
/// Keyed by the notice's year, not by the calendar year of its dates: the 2019 notice also fixes 2018-12-29..31 and
/// the 2023 notice's 元旦 starts on 2022-12-31. A year is <i>known</i> to the calendar exactly when its notice is here.
/// </remarks>
/// <param name="Year">The year the notice is for.</param>
/// <param name="Notice">The annual notice.</param>
/// <param name="Amendments">Later notices that changed some periods, oldest first.</param>
/// <param name="Periods">The holiday periods in date order.</param>
/// <param name="Notes">Short facts worth keeping with the data (both languages in one string).</param>
public sealed record HolidayYear(
    int Year,
    StateCouncilNotice Notice,
    ImmutableArray<StateCouncilNotice> Amendments,
    ImmutableArray<HolidayPeriod> Periods,
    ImmutableArray<string> Notes)
{
    /// <summary>The amending notice with that document number, or null.</summary>
    public StateCouncilNotice? FindAmendment(string number)
    {
        foreach (var a in Amendments)
        {
            if (a.Number == number)
            {
                return a;
            }
        }

        return null;
    }
}
