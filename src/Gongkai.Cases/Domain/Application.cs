using System.Collections.Immutable;
using Gongkai.Calendar.Deadlines;

namespace Gongkai.Cases.Domain;

/// <summary>
/// One application for disclosure (依申请公开) and everything that happened to it. Immutable: the transitions of
/// <see cref="ApplicationWorkflow"/> return new values, and the store records each one in the history.
/// </summary>
/// <param name="Ref">The register number shown to people, e.g. "2025-00042"; unique.</param>
/// <param name="ApplicantName">The applicant as registered.</param>
/// <param name="ApplicantType">Which applicant column of table 2 it counts in.</param>
/// <param name="Channel">How it arrived (第三十一条 fixes the day of receipt per channel).</param>
/// <param name="ReceivedOn">The day of receipt as 第三十一条 defines it.</param>
/// <param name="Request">What was asked for (the content of the application).</param>
public sealed record Application(
    string Ref,
    string ApplicantName,
    ApplicantType ApplicantType,
    ReceiptChannel Channel,
    DateOnly ReceivedOn,
    string Request)
{
    /// <summary>
    /// Identifies the applicant across applications, for 按件 fees (per applicant per month) and 重复申请; by default the
    /// name. An ID number or a hash of it is better where the office has one.
    /// </summary>
    public string ApplicantKey { get; init; } = ApplicantName;

    public ApplicationState State { get; init; } = ApplicationState.Open;

    /// <summary>补正, when asked (第三十条); at most one, asked in one go.</summary>
    public CorrectionRequest? Correction { get; init; }

    /// <summary>Consultations of third parties or other agencies (第三十二条、第三十三条第二款), oldest first.</summary>
    public ImmutableArray<Consultation> Consultations { get; init; } = [];

    /// <summary>The one extension allowed (第三十三条第二款).</summary>
    public DeadlineExtension? Extension { get; init; }

    /// <summary>The fee notice, if one was issued.</summary>
    public FeeNotice? Fee { get; init; }

    /// <summary>The result row of table 2; set exactly when <see cref="State"/> is <see cref="ApplicationState.Closed"/>.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>The day of the reply or other ending; counts the outcome in that day's year.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>True when the applicant withdrew it (counted as 其他处理 3).</summary>
    public bool Withdrawn { get; init; }

    /// <summary>
    /// The binding reply deadline under the calendar <see cref="CalendarVersion"/>; null while pending (补正 awaited, a
    /// consultation or a fee notice open). Kept after closing, so a late reply stays visible.
    /// </summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>The calendar version that gave <see cref="DueOn"/>.</summary>
    public string? CalendarVersion { get; init; }

    /// <summary>Free remarks of the office.</summary>
    public string? Note { get; init; }

    /// <summary>Row version for optimistic concurrency; the store raises it on every write.</summary>
    public int Version { get; init; }

    public bool IsOpen => State != ApplicationState.Closed;

    /// <summary>True when the case was open at the start of <paramref name="day"/> (received before it, not closed before it).</summary>
    public bool IsOpenAtStartOf(DateOnly day) => ReceivedOn < day && (ClosedOn is null || ClosedOn >= day);

    /// <summary>True when the case was open at the end of <paramref name="day"/> (received by then, not closed by then).</summary>
    public bool IsOpenAtEndOf(DateOnly day) => ReceivedOn <= day && (ClosedOn is null || ClosedOn > day);
}
