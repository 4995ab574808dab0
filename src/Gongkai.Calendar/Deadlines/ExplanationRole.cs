namespace Gongkai.Calendar.Deadlines;

/// <summary>What a day meant for the reply period.</summary>
public enum ExplanationRole
{
    /// <summary>The day of receipt: day 0, not counted.</summary>
    Receipt = 0,

    /// <summary>A working day counted toward the reply period (and extension).</summary>
    Counted = 1,

    /// <summary>A weekend or holiday: not a working day, not counted.</summary>
    RestDay = 2,

    /// <summary>A working day left out because a consultation was under way (第三十三条第二款).</summary>
    Consultation = 3,

    /// <summary>
    /// A day after receipt and before the reply period restarted with the corrected application; it counts only toward
    /// the 7 days for asking 补正.
    /// </summary>
    BeforeRestart = 4,

    /// <summary>A day after 补正 was requested, waiting for the corrected application.</summary>
    AwaitingCorrection = 5,

    /// <summary>The day the corrected application arrived: day 0 of the restarted reply period.</summary>
    Restart = 6,

    /// <summary>A day after the final deadline (shown because something happened then).</summary>
    AfterDeadline = 7,
}
