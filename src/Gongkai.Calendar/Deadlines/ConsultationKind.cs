namespace Gongkai.Calendar.Deadlines;

/// <summary>Whom the agency consulted; either way the time is not counted (第三十三条第二款).</summary>
public enum ConsultationKind
{
    /// <summary>A third party whose rights may be harmed (第三十二条; it has 15 working days to answer).</summary>
    ThirdParty = 0,

    /// <summary>Another agency (第三十四条 and practice: 15 working days expected).</summary>
    OtherAgency = 1,
}
