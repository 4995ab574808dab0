namespace Gongkai.Cases.Domain;

/// <summary>How an information-processing fee is charged (国办函〔2020〕109号第三条): by piece or by volume, never both.</summary>
public enum FeeBasis
{
    /// <summary>按件: by the number of applications one applicant made in a calendar month (第四条).</summary>
    ByPiece = 1,

    /// <summary>按量: by the pages of one application (第五条).</summary>
    ByVolume = 2,
}
