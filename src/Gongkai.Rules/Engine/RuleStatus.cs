namespace Gongkai.Rules;

/// <summary>What a rule concluded about one report.</summary>
public enum RuleStatus
{
    /// <summary>Every check it could make held.</summary>
    Pass = 0,

    /// <summary>At least one check failed.</summary>
    Fail = 1,

    /// <summary>No check could be made (rows missing, cells unreadable, no prior report); see the reason.</summary>
    NotAssessable = 2,
}
