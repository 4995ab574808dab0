using System.Text;
using Gongkai.Formats.Assembly;
using Gongkai.Labels;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Text decisions on pdftotext's words: joining them (pdftotext splits CJK from Latin and at every wide gap, so
/// "2023 年" or "总 计" arrive as two words), recognising a value word, and estimating the font size.
/// </summary>
internal static class PdfText
{
    /// <summary>CJK ideographs and the full-width punctuation around them: no space is written between two of these.</summary>
    public static bool IsCjkLike(char c) =>
        LabelNormalizer.IsCjk(c) || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF' || c is '“' or '”' or '‘' or '’' or '—' or '…' or '·';

    /// <summary>Full-width punctuation (not letters or digits): "，" "：" "（" …</summary>
    private static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' || (c is >= '\uFF00' and <= '\uFFEF' && !char.IsLetterOrDigit(c)) || c is '“' or '”' or '‘' or '’';

    /// <summary>
    /// Whether a space stands between two words printed <paramref name="gap"/> points apart: never between CJK text or
    /// next to CJK punctuation ("号 ， 邮 编" is letter-spaced, not spaced), otherwise when the gap is more than a tenth
    /// of the font size ("2023 年", "hzzwgk@126.com）").
    /// </summary>
    public static bool SpaceBetween(string left, string right, double gap, double em)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return false;
        }

        var a = left[^1];
        var b = right[0];
        if (IsCjkLike(a) && IsCjkLike(b))
        {
            return false;
        }

        if (IsCjkPunctuation(a) || IsCjkPunctuation(b))
        {
            return false;
        }

        return gap > 0.1 * em;
    }

    /// <summary>Joins words of one line, left to right.</summary>
    public static void AppendWords(StringBuilder sb, IReadOnlyList<PdfWord> words, double em)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && sb.Length > 0 && SpaceBetween(words[i - 1].Text, words[i].Text, words[i].Box.XMin - words[i - 1].Box.XMax, em))
            {
                sb.Append(' ');
            }

            sb.Append(words[i].Text);
        }
    }

    /// <summary>Joins the text of two lines of one paragraph or label: a space only between two Latin letters or digits.</summary>
    public static void AppendLine(StringBuilder sb, string line)
    {
        if (sb.Length > 0 && line.Length > 0 && IsLatin(sb[^1]) && IsLatin(line[0]))
        {
            sb.Append(' ');
        }

        sb.Append(line);
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(LabelNormalizer.NormalizeChar(c));

    /// <summary>
    /// A word that is a table value: a number ("12", "7730.28", "１２", "+3") or a placeholder ("/", "—", "无"),
    /// never a numbering ("2.") or a page footer ("-3-").
    /// </summary>
    public static bool IsValueWord(string text)
    {
        var t = LabelNormalizer.NormalizeText(text).Trim();
        if (t.Length == 0 || t.Length > 24)
        {
            return false;
        }

        var parsed = CellParser.Parse(t);
        return parsed.Value.IsNumber || parsed.Value.State == Reports.CellState.Placeholder;
    }

    /// <summary>A unit printed after a table's number ("元", "万元", "件").</summary>
    public static bool IsUnit(string text) => LabelNormalizer.NormalizeText(text).Trim() is "元" or "万元" or "件" or "个" or "条" or "项" or "次" or "份" or "宗";

    /// <summary>
    /// The font size a word suggests, from the advance of its CJK characters (a CJK character is one em wide), or 0
    /// when it has none. Box heights are no guide: Chromium reports boxes 2.6 em tall for Noto CJK. Chromium gives a
    /// whole line of running text as one word ("展政务公开业务培训548次，参训275人次。"), so other characters among
    /// the CJK ones count too: curly quotes as one em (Chinese fonts set them full width), digits and Latin letters as
    /// 0.55 em (CJK fonts' proportional digits), provided they are at most a quarter of the word, anything else as
    /// 0.75 em when rare (one in eight). The estimate then errs by a percent or two.
    /// </summary>
    public static double EmOf(PdfWord word)
    {
        var wide = 0;
        var narrow = 0;
        var other = 0;
        foreach (var c in word.Text)
        {
            if (LabelNormalizer.IsCjk(c) || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF01' and <= '\uFF5E' || c is '“' or '”' or '‘' or '’')
            {
                wide++;
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                narrow++;
            }
            else
            {
                other++;
            }
        }

        return wide == 0 || narrow * 3 > wide || other * 8 > wide ? 0 : word.Box.Width / (wide + (NarrowAdvance * narrow) + (0.75 * other));
    }

    /// <summary>
    /// The font size suggested by words of two or more digits (a digit is about 0.55 em in CJK fonts, 0.5 in
    /// SimSun): the median over such words, or 0 when there are none. A rough guide, for lines with no CJK text.
    /// </summary>
    public static double DigitEm(IReadOnlyList<PdfWord> words)
    {
        var sizes = new List<double>();
        foreach (var w in words)
        {
            if (w.Text.Length >= 2 && w.Text.All(char.IsAsciiDigit))
            {
                sizes.Add(w.Box.Width / (NarrowAdvance * w.Text.Length));
            }
        }

        if (sizes.Count == 0)
        {
            return 0;
        }

        sizes.Sort();
        return sizes[sizes.Count / 2];
    }

    /// <summary>The advance of a digit or Latin letter in a CJK font, in ems (Noto CJK 0.55, SimSun and FangSong 0.5).</summary>
    private const double NarrowAdvance = 0.55;

    /// <summary>The median of the CJK font sizes of <paramref name="words"/>, or <paramref name="fallback"/>.</summary>
    public static double MedianEm(IEnumerable<PdfWord> words, double fallback)
    {
        var sizes = new List<double>();
        foreach (var w in words)
        {
            var em = EmOf(w);
            if (em > 1 && em < 200)
            {
                sizes.Add(em);
            }
        }

        if (sizes.Count == 0)
        {
            return fallback;
        }

        sizes.Sort();
        return sizes[sizes.Count / 2];
    }
}
