namespace Gongkai.Calendar.Deadlines;

/// <summary>
/// A request to correct an unclear application (补正, 第三十条): the agency must make it in one go within 7 working
/// days of receipt, and the reply period then runs from receipt of the corrected application.
/// </summary>
/// <param name="RequestedOn">The day the agency told the applicant what to correct.</param>
/// <param name="CorrectedReceivedOn">
/// The day the corrected application was received (by the rules of 第三十一条); null while the agency is still waiting.
/// </param>
public sealed record CorrectionRequest(DateOnly RequestedOn, DateOnly? CorrectedReceivedOn);
