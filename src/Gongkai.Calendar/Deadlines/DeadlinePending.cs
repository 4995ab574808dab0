namespace Gongkai.Calendar.Deadlines;

/// <summary>Why a deadline cannot be fixed yet.</summary>
public enum DeadlinePending
{
    /// <summary>The deadline is fixed.</summary>
    None = 0,

    /// <summary>补正 was requested and the corrected application has not arrived: the reply period has not started.</summary>
    AwaitingCorrection = 1,

    /// <summary>A consultation has no answer yet: the clock is paused.</summary>
    ConsultationOpen = 2,
}
