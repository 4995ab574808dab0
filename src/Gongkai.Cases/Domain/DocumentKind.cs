namespace Gongkai.Cases.Domain;

/// <summary>The documents of 第二十条第（一）项 counted in table 1.</summary>
public enum DocumentKind
{
    /// <summary>规章.</summary>
    Regulation = 1,

    /// <summary>行政规范性文件 (2019 edition: 规范性文件).</summary>
    NormativeDocument = 2,
}
