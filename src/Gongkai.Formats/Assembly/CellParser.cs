using System.Globalization;
using Gongkai.Labels;
using Gongkai.Reports;

namespace Gongkai.Formats.Assembly;

/// <summary>
/// Reads the text of a table cell as a number, a blank, a placeholder, or unreadable text. Never throws; never turns
/// a blank or a placeholder into 0.
/// </summary>
internal static class CellParser
{
    private static readonly string[] Placeholders =
    [
        "/", "\\", "—", "——", "-", "--", "－", "_", "__", "___", "–", "―", "─", "无", "空", "×", "x", "X", "…", "...", "—/—", "/ /", "N/A", "n/a",
    ];

    private static readonly string[] Units = ["万元", "件", "个", "条", "项", "次", "元", "万", "份", "宗"];

    public static ParsedCell Parse(string text)
    {
        text ??= string.Empty;

        // fast path: the vast majority of cells are short runs of ASCII digits
        if (text.Length is > 0 and <= 18)
        {
            long n = 0;
            var i = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c is < '0' or > '9')
                {
                    break;
                }

                n = (n * 10) + (c - '0');
            }

            if (i == text.Length)
            {
                return new ParsedCell(CellValue.Of(n, text), null);
            }
        }

        var s = LabelNormalizer.NormalizeText(text).Trim();
        if (s.Length == 0)
        {
            return new ParsedCell(CellValue.Blank(), null);
        }

        if (IsPlaceholder(s))
        {
            return new ParsedCell(CellValue.Placeholder(s), null);
        }

        if (TryParseNumber(s, out var value, out var unit))
        {
            return new ParsedCell(CellValue.Of(value, s), unit);
        }

        return new ParsedCell(CellValue.Unreadable(s), null);
    }

    /// <summary>
    /// Whether a cell holds a number, a placeholder or nothing — without parsing it when its words already say it is
    /// a label (a CJK character that no number, unit or placeholder uses).
    /// </summary>
    public static bool IsValueLike(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var allDigits = true;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                continue;
            }

            allDigits = false;
            if (c >= '\u4E00' && c <= '\u9FFF' && ValueWords.IndexOf(c) < 0)
            {
                return false;
            }
        }

        return allDigits || Parse(text).IsValueLike;
    }

    /// <summary>The CJK characters that may stand in a value cell: units, signs, placeholders.</summary>
    private const string ValueWords = "无空增减減加少万元件个条项次份宗";

    public static bool IsPlaceholder(string s)
    {
        foreach (var p in Placeholders)
        {
            if (string.Equals(s, p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // a run of dashes or slashes of any length
        foreach (var c in s)
        {
            if (c is not ('-' or '—' or '－' or '/' or '_' or '–' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"12", "+3", "-2", "減3", "2766.7879", "1,234", "251000元", "8 件".</summary>
    public static bool TryParseNumber(string s, out decimal value, out string? unit)
    {
        value = 0;
        unit = null;
        var span = s.AsSpan().Trim();
        var negative = false;
        if (span.Length > 0 && (span[0] == '+' || span[0] == '增'))
        {
            span = span[1..].TrimStart();
            if (span.StartsWith("加"))
            {
                span = span[1..].TrimStart();
            }
        }
        else if (span.Length > 0 && (span[0] == '-' || span[0] == '减' || span[0] == '減' || span[0] == '−'))
        {
            negative = true;
            span = span[1..].TrimStart();
            if (span.StartsWith("少"))
            {
                span = span[1..].TrimStart();
            }
        }

        foreach (var u in Units)
        {
            if (span.EndsWith(u, StringComparison.Ordinal))
            {
                unit = u;
                span = span[..^u.Length].TrimEnd();
                break;
            }
        }

        if (span.Length == 0 || span.Length > 28)
        {
            unit = null;
            return false;
        }

        var comma = span.IndexOf(',');
        string digits;
        if (comma >= 0)
        {
            // thousands separators: 1,234 or 12,345,678.5 — groups of exactly three after the first
            var point = span.IndexOf('.');
            var integer = point >= 0 ? span[..point] : span;
            if (!ValidGrouping(integer))
            {
                unit = null;
                return false;
            }

            digits = span.ToString().Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            digits = span.ToString();
        }

        var points = 0;
        foreach (var c in digits)
        {
            if (c == '.')
            {
                points++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                unit = null;
                return false;
            }
        }

        if (points > 1 || digits[0] == '.' || digits[^1] == '.'
            || !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            unit = null;
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static bool ValidGrouping(ReadOnlySpan<char> integer)
    {
        var groups = 0;
        foreach (var range in integer.Split(','))
        {
            var g = integer[range];
            if (g.Length == 0 || g.Length > 3 || (groups > 0 && g.Length != 3))
            {
                return false;
            }

            groups++;
        }

        return groups > 1;
    }
}
