namespace Gongkai.Cases;

/// <summary>An open case whose deadline moved because the calendar data changed.</summary>
public sealed record Redating(string Ref, DateOnly? OldDue, DateOnly? NewDue, string OldCalendarVersion, string NewCalendarVersion);
