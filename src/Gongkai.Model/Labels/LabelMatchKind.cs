namespace Gongkai.Labels;

/// <summary>How a printed label relates to the official one. Ordered from closest to furthest.</summary>
public enum LabelMatchKind
{
    /// <summary>Character for character the official text.</summary>
    Exact = 0,

    /// <summary>Differs only in punctuation width, brackets, quotation marks, spaces or numbering style.</summary>
    Typography = 1,

    /// <summary>Written in traditional characters (規範性檔案).</summary>
    Traditional = 2,

    /// <summary>Another wording in common use that we accept without comment (部分公开 without its note).</summary>
    Alias = 3,

    /// <summary>A known misspelling or truncation (本年度止件数 for 本年废止件数).</summary>
    Misspelling = 4,

    /// <summary>Close to one official label and to no other (edit distance); probably a misspelling.</summary>
    Fuzzy = 5,

    /// <summary>Recognised by no label of the format.</summary>
    Unknown = 6,
}
