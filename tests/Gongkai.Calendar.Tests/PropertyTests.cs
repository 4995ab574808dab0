using FsCheck;
using FsCheck.Fluent;
using Gongkai.Calendar.Deadlines;
using static Gongkai.Calendar.Tests.T;

namespace Gongkai.Calendar.Tests;

/// <summary>
/// Properties over random dates from 2017 to 2029, which covers known years, provisional late Decembers and unknown
/// years on both sides of the data.
/// </summary>
public sealed class PropertyTests
{
    private static readonly Arbitrary<DateOnly> Dates =
        Gen.Choose(D("2017-01-01").DayNumber, D("2029-12-31").DayNumber).Select(DateOnly.FromDayNumber).ToArbitrary();

    private static readonly Arbitrary<int> Counts = Gen.Choose(0, 300).ToArbitrary();

    private static readonly Arbitrary<int> PositiveCounts = Gen.Choose(1, 300).ToArbitrary();

    private static readonly Arbitrary<int> SmallCounts = Gen.Choose(1, 80).ToArbitrary();

    [Fact]
    public void AddWorkingDays_AlwaysLandsOnAWorkingDay() =>
        Prop.ForAll(Dates, Counts, (d, n) => Cal.IsWorkingDay(Cal.AddWorkingDays(d, n).Date)).QuickCheckThrowOnFailure();

    /// <summary>
    /// From one working day on, each further day lands later. (Zero days from a rest day is the next working day, which
    /// is also one day from it: n = 0 is where a deadline would start, not a count, so the property starts at 1.)
    /// </summary>
    [Fact]
    public void AddWorkingDays_GrowsStrictlyWithN() =>
        Prop.ForAll(Dates, PositiveCounts, (d, n) => Cal.AddWorkingDays(d, n + 1).Date > Cal.AddWorkingDays(d, n).Date).QuickCheckThrowOnFailure();

    [Fact]
    public void AddZeroWorkingDays_IsTheDayItselfOrTheNextWorkingDay()
    {
        Assert.Equal(D("2029-04-23"), Cal.AddWorkingDays(D("2029-04-22"), 0).Date);
        Assert.Equal(D("2029-04-23"), Cal.AddWorkingDays(D("2029-04-22"), 1).Date);
        Assert.Equal(D("2024-04-28"), Cal.AddWorkingDays(D("2024-04-28"), 0).Date);
    }

    [Fact]
    public void AddWorkingDays_AgreesWithADayByDayCount() =>
        Prop.ForAll(Dates, SmallCounts, (d, n) =>
        {
            var day = d;
            for (var counted = 0; counted < n;)
            {
                day = day.AddDays(1);
                if (Cal.GetDay(day).IsWorkingDay)
                {
                    counted++;
                }
            }

            return Cal.AddWorkingDays(d, n).Date == day;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void CountAndAdd_AreInverse() =>
        Prop.ForAll(Dates, Counts, (d, n) =>
        {
            var added = Cal.AddWorkingDays(d, n + 1).Date;
            return Cal.CountWorkingDays(d, added).Count == n + 1;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void AddOfCount_ReturnsTheEndWhenItIsAWorkingDay() =>
        Prop.ForAll(Dates, Dates, (a, b) =>
        {
            var (from, to) = a <= b ? (a, b) : (b, a);
            var count = Cal.CountWorkingDays(from, to).Count;
            return !Cal.IsWorkingDay(to) || count == 0 || Cal.AddWorkingDays(from, count).Date == to;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Coverage_IsCompleteExactlyWhenNoUncertainDayIsCrossed() =>
        Prop.ForAll(Dates, SmallCounts, (d, n) =>
        {
            var result = Cal.AddWorkingDays(d, n);
            var anyUncertain = Cal.Days(d.AddDays(1), result.Date).Any(x => x.Certainty != DayCertainty.Known);
            return result.IsCertain == !anyUncertain;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Deadline_AlwaysFallsOnAWorkingDay()
    {
        var requests =
            from received in Dates.Generator
            from correctionAfter in Gen.Choose(-1, 12)
            from correctedAfter in Gen.Choose(0, 30)
            from sentAfter in Gen.Choose(-1, 25)
            from answeredAfter in Gen.Choose(0, 40)
            from extension in Gen.Choose(0, 25)
            select new DisclosureRequest(new ApplicationReceipt(ReceiptChannel.Online, received))
            {
                Correction = correctionAfter < 0 ? null : new CorrectionRequest(received.AddDays(correctionAfter), received.AddDays(correctionAfter + correctedAfter)),
                Consultations = sentAfter < 0 ? [] : [new Consultation(ConsultationKind.ThirdParty, received.AddDays(sentAfter), received.AddDays(sentAfter + answeredAfter))],
                Extension = extension == 0 ? null : new DeadlineExtension(received.AddDays(10), extension, "负责人"),
            };
        var calculator = Calculator();

        Prop.ForAll(requests.ToArbitrary(), r =>
        {
            var d = calculator.Compute(r);
            return new[] { d.ReplyDeadline, d.ExtendedDeadline, d.CorrectionDeadline }
                .All(x => x is null || Cal.IsWorkingDay(x.Value))
                && d.FinalDeadline is not null
                && d.Explain().CountedDays.Count() == 20 + d.ExtensionWorkingDays
                && d.Explain().CountedDays.Last().Date == d.FinalDeadline;
        }).QuickCheckThrowOnFailure();
    }
}
