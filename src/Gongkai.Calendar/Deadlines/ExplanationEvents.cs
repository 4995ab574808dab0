namespace Gongkai.Calendar.Deadlines;

/// <summary>What happened on a day of the explanation.</summary>
[Flags]
public enum ExplanationEvents
{
    None = 0,

    /// <summary>The application was received (第三十一条).</summary>
    Received = 1 << 0,

    /// <summary>Last day to ask for 补正 (the 7th working day after receipt).</summary>
    CorrectionDeadline = 1 << 1,

    /// <summary>补正 was requested.</summary>
    CorrectionRequested = 1 << 2,

    /// <summary>The corrected application was received; the reply period restarts.</summary>
    CorrectedReceived = 1 << 3,

    /// <summary>A consultation was sent.</summary>
    ConsultationSent = 1 << 4,

    /// <summary>A consultation was answered.</summary>
    ConsultationAnswered = 1 << 5,

    /// <summary>The 20th working day: reply deadline.</summary>
    ReplyDeadline = 1 << 6,

    /// <summary>The extension was approved.</summary>
    ExtensionApproved = 1 << 7,

    /// <summary>The last day of the extended period.</summary>
    ExtendedDeadline = 1 << 8,
}
