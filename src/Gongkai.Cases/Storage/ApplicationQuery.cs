namespace Gongkai.Cases.Storage;

/// <summary>Which applications to list; every filter given must hold.</summary>
public sealed record ApplicationQuery
{
    public bool OpenOnly { get; init; }

    public DateOnly? ReceivedFrom { get; init; }

    public DateOnly? ReceivedTo { get; init; }

    /// <summary>Only open cases whose deadline is on or before this day (ordered by deadline).</summary>
    public DateOnly? DueBy { get; init; }

    public string? ApplicantKey { get; init; }

    /// <summary>Text in the number, the applicant or the request.</summary>
    public string? Search { get; init; }

    public int? Limit { get; init; }
}
