using Gongkai.Cases.Domain;

namespace Gongkai.Cases;

/// <summary>
/// What one record adds to the tables of one year. Two versions of a record with the same contribution to a
/// published year leave that year's report true; a different one needs an explicit, recorded correction.
/// </summary>
internal static class YearContribution
{
    public static string Of(Application? a, int year)
    {
        if (a is null)
        {
            return string.Empty;
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var isNew = a.ReceivedOn.Year == year;
        var over = a.IsOpenAtStartOf(first);
        var forward = a.IsOpenAtEndOf(last);
        var result = a.ClosedOn is { } c && c.Year == year ? a.Outcome : null;
        return !isNew && !over && !forward && result is null ? string.Empty : $"{a.ApplicantType}|{isNew}|{over}|{forward}|{result}";
    }

    public static string Of(AppealCase? a, int year) =>
        a is null || !a.CountsIn(year) ? string.Empty : $"{a.Kind}|{a.ResultIn(year)}";

    public static string Of(RegisterDocument? d, int year)
    {
        if (d is null)
        {
            return string.Empty;
        }

        var last = new DateOnly(year, 12, 31);
        return $"{d.Kind}|{d.IssuedOn.Year == year}|{d.RepealedOn?.Year == year}|{d.InForceOn(last)}|{d.IssuedOn <= last}";
    }
}
