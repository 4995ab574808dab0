namespace Gongkai.Cases.Domain;

/// <summary>
/// One line of the append-only history: who changed what, when, and the record before and after (JSON). The tables
/// refuse updates and deletes (database triggers), so the history can only grow.
/// </summary>
/// <param name="EntityKind">"application", "appeal", "document", "count", "year", "calendar".</param>
/// <param name="EntityRef">The record's register number.</param>
/// <param name="At">When (UTC, from the injected clock).</param>
/// <param name="Actor">Who (the user name given, or the OS user).</param>
/// <param name="Action">What ("receive", "decide", "redate", "correct", …).</param>
/// <param name="Before">The record before, as JSON; null for a creation.</param>
/// <param name="After">The record after, as JSON.</param>
/// <param name="Reason">For corrections and re-dating: why.</param>
public sealed record HistoryEntry(string EntityKind, string EntityRef, DateTimeOffset At, string Actor, string Action, string? Before, string? After, string? Reason = null)
{
    public long Id { get; init; }
}
