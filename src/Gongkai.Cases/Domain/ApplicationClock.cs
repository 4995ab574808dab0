using Gongkai.Calendar.Deadlines;

namespace Gongkai.Cases.Domain;

/// <summary>The deadlines of one application now: the statutory computation and the date the register watches.</summary>
/// <param name="Statutory">The 条例 deadlines (补正, consultations, extension), with the calendar version and remarks.</param>
/// <param name="DueOn">The binding reply deadline including any fee-payment pause; null while pending or closed.</param>
/// <param name="FeePauseWorkingDays">Working days from fee notice to payment left out of the clock.</param>
public sealed record ApplicationClock(DisclosureDeadline Statutory, DateOnly? DueOn, int FeePauseWorkingDays);
