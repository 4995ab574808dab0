namespace Gongkai.Cases.Domain;

/// <summary>Where an application stands. Only <see cref="ApplicationWorkflow"/> moves it from one state to another.</summary>
public enum ApplicationState
{
    /// <summary>Received; the reply clock runs (第三十三条).</summary>
    Open = 0,

    /// <summary>补正 requested; waiting for the corrected application, the reply clock has not (re)started (第三十条).</summary>
    AwaitingCorrection = 1,

    /// <summary>A third party or another agency is being consulted; the clock is paused (第三十三条第二款).</summary>
    Consulting = 2,

    /// <summary>A fee notice was issued (109号办法); waiting for payment, the clock is paused.</summary>
    AwaitingPayment = 3,

    /// <summary>Replied to, or ended otherwise (withdrawal, lapse); has exactly one <see cref="Outcome"/>.</summary>
    Closed = 4,
}
