namespace Gongkai.Cases.Domain;

/// <summary>
/// A reconsideration (行政复议) or suit (行政诉讼) about an application's handling, linked to the application.
/// </summary>
/// <param name="Ref">Register number of the case, e.g. "复2025-003".</param>
/// <param name="ApplicationRef">The application it is about.</param>
/// <param name="Kind">Which group of table 3.</param>
/// <param name="FiledOn">The day it was filed (or the agency was notified).</param>
public sealed record AppealCase(string Ref, string ApplicationRef, AppealKind Kind, DateOnly FiledOn)
{
    /// <summary>The result; null while 尚未审结.</summary>
    public AppealResult? Result { get; init; }

    /// <summary>The day of the decision or judgment.</summary>
    public DateOnly? DecidedOn { get; init; }

    /// <summary>The reconsideration a suit followed, for 复议后起诉.</summary>
    public string? AfterRef { get; init; }

    public string? Note { get; init; }

    public int Version { get; init; }

    /// <summary>Whether it belongs to the table 3 of <paramref name="year"/>: filed by its end, not decided before it.</summary>
    public bool CountsIn(int year) => FiledOn.Year <= year && (DecidedOn is null || DecidedOn.Value.Year >= year);

    /// <summary>Its column in the table 3 of <paramref name="year"/>: the result if decided that year, else pending.</summary>
    public AppealResult? ResultIn(int year) => DecidedOn is { } d && d.Year == year ? Result : null;
}
