
namespace Gongkai.Labels;

/// <summary>
/// Normalisation of text read from reports. <see cref="NormalizeChar"/> is one for one (offsets are kept), for whole
/// documents; <see cref="Key"/> is for comparing labels and may change the length.
/// </summary>
public static class LabelNormalizer
{
    private static readonly System.Buffers.SearchValues<char> Changing = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0xFF01, 0xFF5E - 0xFF01 + 1).Select(c => (char)c)) + "\u3000\u00A0\u2002\u2003\u2009\u200A\u202F\u205F");

    /// <summary>
    /// Full-width ASCII (！ to ～) to ASCII, the ideographic and no-break spaces to a space; every other character is
    /// returned unchanged. Applied to a whole document, it keeps every offset.
    /// </summary>
    public static char NormalizeChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200A' or '\u202F' or '\u205F' => ' ',
        _ => c,
    };

    /// <summary>Applies <see cref="NormalizeChar"/> to every character; returns the same instance when nothing changes.</summary>
    public static string NormalizeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // vectorised search for the first character that changes; most text has none or few
        var i = text.AsSpan().IndexOfAny(Changing);
        if (i < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, s) =>
        {
            for (var j = 0; j < s.Length; j++)
            {
                span[j] = NormalizeChar(s[j]);
            }
        });
    }

    /// <summary>
    /// The comparison key of a label: half-width, no whitespace (including zero-width characters), brackets unified
    /// to "()", quotation marks and trailing colons removed, "．" and "、" after a digit read as ".".
    /// Traditional characters are kept; see <see cref="SimplifiedKey"/>.
    /// </summary>
    public static string Key(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var sb = new SpanBuilder(label.Length <= 256 ? stackalloc char[label.Length] : new char[label.Length]);
        foreach (var raw in label)
        {
            var c = NormalizeChar(raw);
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2060':
                    continue;
                case '“' or '”' or '"' or '\'' or '‘' or '’' or '「' or '」' or '『' or '』' or '《' or '》':
                    continue;
                case '【' or '〔' or '[' or '［':
                    sb.Append('(');
                    continue;
                case '】' or '〕' or ']' or '］':
                    sb.Append(')');
                    continue;
                case '．' or '。' when sb.Length > 0 && char.IsAsciiDigit(sb[^1]):
                    sb.Append('.');
                    continue;
                case '、' when sb.Length > 0 && char.IsAsciiDigit(sb[^1]):
                    sb.Append('.');
                    continue;
                case '，':
                    sb.Append(',');
                    continue;
                case '；':
                    sb.Append(';');
                    continue;
                case '：':
                    sb.Append(':');
                    continue;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        continue;
                    }

                    sb.Append(c);
                    break;
            }
        }

        while (sb.Length > 0 && (sb[^1] == ':' || sb[^1] == ','))
        {
            sb.Length--;
        }

        return sb.Length == label.Length && sb.Written.SequenceEqual(label) ? label : sb.Written.ToString();
    }

    /// <summary>A minimal append-only buffer over a span, so that keys are built without a StringBuilder.</summary>
    private ref struct SpanBuilder(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;

        public int Length { get; set; }

        public readonly ReadOnlySpan<char> Written => _buffer[..Length];

        public readonly char this[Index i] => _buffer[..Length][i];

        public void Append(char c) => _buffer[Length++] = c;
    }

    /// <summary><see cref="Key"/> after converting traditional characters and vocabulary to simplified.</summary>
    public static string SimplifiedKey(string label) => TraditionalChinese.ToSimplified(Key(label));

    /// <summary>True when <paramref name="text"/> has whitespace between two CJK characters ("自然 人").</summary>
    public static bool HasInnerSpace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        for (var i = 1; i < t.Length - 1; i++)
        {
            if (char.IsWhiteSpace(t[i]) || t[i] == '\u3000')
            {
                var j = i;
                while (j < t.Length && (char.IsWhiteSpace(t[j]) || t[j] == '\u3000'))
                {
                    j++;
                }

                if (j < t.Length && IsCjk(t[i - 1]) && IsCjk(t[j]))
                {
                    return true;
                }

                i = j;
            }
        }

        return false;
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
