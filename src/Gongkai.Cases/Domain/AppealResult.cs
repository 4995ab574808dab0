namespace Gongkai.Cases.Domain;

/// <summary>How a reconsideration or suit ended (table 3's columns); a case without one is 尚未审结.</summary>
public enum AppealResult
{
    /// <summary>结果维持.</summary>
    Upheld = 1,

    /// <summary>结果纠正.</summary>
    Corrected = 2,

    /// <summary>其他结果 (withdrawn, dismissed on procedure, …).</summary>
    Other = 3,
}
