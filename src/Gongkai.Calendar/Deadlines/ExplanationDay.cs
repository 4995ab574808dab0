namespace Gongkai.Calendar.Deadlines;

/// <summary>One day of a deadline explanation.</summary>
/// <param name="Day">The calendar's view of the day (working or not, why, which period).</param>
/// <param name="Role">What it meant for the reply period.</param>
/// <param name="ClockDay">For <see cref="ExplanationRole.Counted"/>: its number (1…20, then 21…40 in an extension).</param>
/// <param name="CorrectionDay">Its number (1…7) in the 7 working days for asking 补正, when it is one of them.</param>
/// <param name="Events">What happened that day.</param>
public sealed record ExplanationDay(CalendarDay Day, ExplanationRole Role, int? ClockDay, int? CorrectionDay, ExplanationEvents Events)
{
    public DateOnly Date => Day.Date;

    /// <summary>True for a counted make-up weekend (调休上班), worth pointing out.</summary>
    public bool IsCountedMakeUpDay => Role == ExplanationRole.Counted && Day.Kind == DayKind.MakeUpWorkday;
}
