namespace Gongkai.Text;

/// <summary>
/// A decoded source text with a line map, so that spans can be turned into line and column numbers.
/// </summary>
/// <remarks>Lines end at "\n", "\r\n" or "\r". Lines and columns are 1-based; columns count UTF-16 code units.</remarks>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The span of line <paramref name="line"/> (1-based), without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, _lineStarts.Length);
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The 1-based line containing <paramref name="offset"/>.</summary>
    public int GetLine(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    public SourceRef GetRef(TextSpan span, string? anchor = null)
    {
        var line = GetLine(span.Start);
        return new SourceRef(span, line, span.Start - _lineStarts[line - 1] + 1, anchor);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
