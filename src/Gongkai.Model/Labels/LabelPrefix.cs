namespace Gongkai.Labels;

/// <summary>The numbering in front of a label: "一、" (top), "（一）" (paren), "1." (digit), or none.</summary>
public readonly record struct LabelPrefix(LabelPrefixStyle Style, int Number)
{
    public static LabelPrefix None => default;

    public bool IsNone => Style == LabelPrefixStyle.None;
}

/// <summary>Numbering styles of the format.</summary>
public enum LabelPrefixStyle
{
    None = 0,

    /// <summary>"一、" (the sections and the top rows of table 2).</summary>
    Top = 1,

    /// <summary>"（一）" (result groups of table 2).</summary>
    Paren = 2,

    /// <summary>"1." (sub-rows of table 2).</summary>
    Digit = 3,
}
