namespace Gongkai.Calendar.Deadlines;

/// <summary>
/// A consultation whose duration is left out of the reply period (第三十三条第二款: 征求第三方和其他机关意见所需时间不计算在前款规定的期限内).
/// </summary>
/// <remarks>
/// Reading adopted: the day the request is sent still counts; the days after it, up to and including the day the
/// answer arrives, do not; counting resumes the day after the answer, just as it starts the day after receipt.
/// </remarks>
/// <param name="Kind">Third party or other agency.</param>
/// <param name="SentOn">The day the agency sent the request for opinions.</param>
/// <param name="AnsweredOn">The day the answer arrived (or the consulted party's time ran out); null while pending.</param>
public sealed record Consultation(ConsultationKind Kind, DateOnly SentOn, DateOnly? AnsweredOn)
{
    /// <summary>Who was consulted, for the explanation.</summary>
    public string? Party { get; init; }
}
