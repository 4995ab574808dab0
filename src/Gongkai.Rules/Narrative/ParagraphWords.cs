namespace Gongkai.Rules.Narrative;

/// <summary>
/// Which key characters a paragraph holds, found in one pass. The claim patterns each need one of these words, so a
/// paragraph without them skips the pattern entirely: a bit test instead of a regex scan.
/// </summary>
[Flags]
internal enum ParagraphWords
{
    None = 0,

    /// <summary>申 (申请).</summary>
    Apply = 1 << 0,

    /// <summary>结 (结转, 办结).</summary>
    Carry = 1 << 1,

    /// <summary>顺 (顺延).</summary>
    Defer = 1 << 2,

    /// <summary>复 (复议).</summary>
    Review = 1 << 3,

    /// <summary>诉 (诉讼).</summary>
    Suit = 1 << 4,

    /// <summary>维 or 胜 (维持, 胜诉).</summary>
    Upheld = 1 << 5,

    /// <summary>规 (规范性文件, 规章).</summary>
    Rules = 1 << 6,

    /// <summary>其 (其中).</summary>
    Among = 1 << 7,

    /// <summary>未, 没 or 无.</summary>
    Negation = 1 << 8,

    /// <summary>办, 答 or 处 (办理, 答复, 处理).</summary>
    Handle = 1 << 9,

    /// <summary>共, 合, 总, 全 or 累 (共计, 合计, 总计, 全年, 累计).</summary>
    Total = 1 << 10,

    /// <summary>An ASCII digit.</summary>
    Digit = 1 << 11,
}

internal static class ParagraphWordsScanner
{
    public static ParagraphWords Scan(ReadOnlySpan<char> text)
    {
        var w = ParagraphWords.None;
        foreach (var c in text)
        {
            w |= c switch
            {
                >= '0' and <= '9' => ParagraphWords.Digit,
                '申' => ParagraphWords.Apply,
                '结' => ParagraphWords.Carry,
                '顺' => ParagraphWords.Defer,
                '复' => ParagraphWords.Review,
                '诉' => ParagraphWords.Suit,
                '维' or '胜' => ParagraphWords.Upheld,
                '规' => ParagraphWords.Rules,
                '其' => ParagraphWords.Among,
                '未' or '没' or '无' => ParagraphWords.Negation,
                '办' or '答' or '处' => ParagraphWords.Handle,
                '共' or '合' or '总' or '全' or '累' => ParagraphWords.Total,
                _ => ParagraphWords.None,
            };
        }

        return w;
    }
}
