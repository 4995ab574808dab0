namespace Gongkai.Formats.Writing;

/// <summary>
/// Puts back the full-width punctuation of Chinese text. Readers normalise "，" to "," and "（" to "(" (one character
/// for one, so offsets hold); a report written from what they read would otherwise show half-width commas between
/// Chinese characters. Only punctuation next to a Chinese character is widened, so "COVID-19, 2.5" and "12:30" stay
/// as they are, while "占比4%;组织" becomes "占比4%；组织". Reading the result normalises it back to the same text, so round trips are unaffected.
/// </summary>
public static class ChineseTypography
{
    private const string Narrow = ",;:!?()";
    private static readonly System.Buffers.SearchValues<char> NarrowChars = System.Buffers.SearchValues.Create(Narrow);
    private const string Wide = "，；：！？（）";

    public static string Widen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(NarrowChars) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var k = Narrow.IndexOf(chars[i], StringComparison.Ordinal);
            if (k < 0)
            {
                continue;
            }

            var before = i > 0 && IsChinese(chars[i - 1]);
            var after = i + 1 < chars.Length && IsChinese(text[i + 1]);
            if (before || after)
            {
                chars[i] = Wide[k];
                changed = true;
            }
        }

        return changed ? new string(chars) : text;
    }

    /// <summary>A Chinese character or Chinese punctuation (so "。）" and "，（" chains widen together).</summary>
    private static bool IsChinese(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF5E') or '“' or '”' or '‘' or '’' or '…' or '—';
}
