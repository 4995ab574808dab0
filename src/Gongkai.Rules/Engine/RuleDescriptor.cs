namespace Gongkai.Rules;

/// <summary>What a rule is: a stable ID (never reused), its severity, its chapter, and what it checks, in both languages.</summary>
/// <param name="Id">"A1", "N4", "F3"…, as in the spec's §4 where the spec names it.</param>
/// <param name="Severity">The severity of its findings. A few rules report some findings at a lower severity; <see cref="SeverityNote"/> says when.</param>
/// <param name="Category">Its chapter.</param>
/// <param name="Title">A short name, in Chinese.</param>
/// <param name="TitleEn">A short name, in English.</param>
/// <param name="Description">What it checks and why, in Chinese.</param>
/// <param name="DescriptionEn">What it checks and why, in English.</param>
/// <param name="Messages">The message templates its findings use.</param>
public sealed record RuleDescriptor(
    string Id,
    Diagnostics.Severity Severity,
    RuleCategory Category,
    string Title,
    string TitleEn,
    string Description,
    string DescriptionEn,
    IReadOnlyList<Localization.MessageTemplate> Messages)
{
    /// <summary>When some findings have a lower severity than <see cref="Severity"/>, in English; null otherwise.</summary>
    public string? SeverityNote { get; init; }

    /// <summary>True for rules that need the previous year's report.</summary>
    public bool NeedsPrior { get; init; }
}
