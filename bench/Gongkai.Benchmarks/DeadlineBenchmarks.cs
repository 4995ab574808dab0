using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Gongkai.Calendar;
using Gongkai.Calendar.Deadlines;

namespace Gongkai.Benchmarks;

/// <summary>
/// One deadline computation under the 条例, plain and with 补正, consultations and an extension, and the calendar
/// primitive underneath. Goal: under 1 µs per deadline (the calendar is built once, outside the measurement).
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private readonly DisclosureDeadlineCalculator _calculator = new(WorkingDayCalendar.Default, TimeProvider.System);
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Default;
    private readonly DateOnly _start = new(2024, 4, 26);
    private DisclosureRequest _plain = null!;
    private DisclosureRequest _full = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plain = DisclosureRequest.ReceivedOn(new DateOnly(2024, 4, 26));
        _full = DisclosureRequest.ReceivedOn(new DateOnly(2024, 4, 26)) with
        {
            Correction = new CorrectionRequest(new DateOnly(2024, 4, 29), new DateOnly(2024, 5, 8)),
            Consultations = ImmutableArray.Create(
                new Consultation(ConsultationKind.ThirdParty, new DateOnly(2024, 5, 13), new DateOnly(2024, 5, 27)),
                new Consultation(ConsultationKind.OtherAgency, new DateOnly(2024, 5, 20), new DateOnly(2024, 5, 30))),
            Extension = new DeadlineExtension(new DateOnly(2024, 6, 14), 20, "负责人"),
        };
    }

    [Benchmark(Baseline = true)]
    public DateOnly? DeadlinePlain() => _calculator.Compute(_plain).FinalDeadline;

    [Benchmark]
    public DateOnly? DeadlineWithCorrectionConsultationsAndExtension() => _calculator.Compute(_full).FinalDeadline;

    [Benchmark]
    public DateOnly DeadlineAddWorkingDays20() => _calendar.AddWorkingDays(_start, 20).Date;

    [Benchmark]
    public int DeadlineExplanationDays() => _calculator.Compute(_full).Explain().Days.Length;
}
