namespace Gongkai.Cases.Domain;

/// <summary>The statutory limits the register enforces (the calendar engine only warns about them).</summary>
internal static class ApplicationDeadlinesLimits
{
    /// <summary>第三十三条第二款: 延长的期限最长不得超过20个工作日.</summary>
    public const int MaxExtension = 20;
}
