using System.Text;
using Gongkai.Labels;
using Gongkai.Text;

namespace Gongkai.Formats.Html;

/// <summary>The text of one paragraph or cell, normalised, with its printed form when that differs.</summary>
/// <param name="Text">After <see cref="LabelNormalizer.NormalizeText"/>, trimmed.</param>
/// <param name="Raw">As printed (trimmed at the same places), or null when it equals <paramref name="Text"/>.</param>
/// <param name="Span">From the first visible character to the end of the last, in the page; null when not located.</param>
internal readonly record struct RunText(string Text, string? Raw, TextSpan? Span);

/// <summary>
/// Collects the text of a paragraph or a table cell from DOM text nodes the way a browser shows it: runs of HTML
/// whitespace collapse to one space, and a line break in the source between two Chinese characters is no space at all
/// (pages wrap long lines anywhere). Inside a cell, element boundaries (&lt;p&gt;, &lt;div&gt;, &lt;br&gt;) join their
/// text with no separator between Chinese characters ("商业&lt;br&gt;企业" is 商业企业) and a space otherwise
/// ("12&lt;br&gt;34" stays two numbers). Where the visible text stood in the page is kept alongside.
/// </summary>
internal sealed class TextRun
{
    private const int None = 0;
    private const int Space = 1;
    private const int LineBreak = 2;
    private const int Boundary = 3;

    private readonly StringBuilder _sb = new(64);
    private int _pending;
    private int _first = -1;
    private int _lastEnd = -1;

    public bool IsEmpty => _sb.Length == 0;

    /// <summary>Appends a text node's data; <paramref name="first"/> and <paramref name="lastEnd"/> are its located visible characters, or -1.</summary>
    public void Append(string data, int first, int lastEnd)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (_sb.Length > 0)
                {
                    _pending = Math.Max(_pending, c is '\n' or '\r' ? LineBreak : Space);
                }

                continue;
            }

            if (_pending != None)
            {
                Separate(c);
            }

            _sb.Append(c);
        }

        if (first >= 0)
        {
            if (_first < 0)
            {
                _first = first;
            }

            _lastEnd = Math.Max(_lastEnd, lastEnd);
        }
    }

    /// <summary>An element boundary inside a cell: the next text joins this one (see the class remarks).</summary>
    public void MarkBoundary()
    {
        if (_sb.Length > 0)
        {
            _pending = Boundary;
        }
    }

    /// <summary>The collected text, normalised and trimmed; the run is emptied.</summary>
    public RunText Take()
    {
        var raw = _sb.ToString();
        var normalized = LabelNormalizer.NormalizeText(raw);
        var a = 0;
        var b = normalized.Length;
        while (a < b && char.IsWhiteSpace(normalized[a]))
        {
            a++;
        }

        while (b > a && char.IsWhiteSpace(normalized[b - 1]))
        {
            b--;
        }

        var text = a == 0 && b == normalized.Length ? normalized : normalized[a..b];
        string? printed = null;
        if (!ReferenceEquals(normalized, raw))
        {
            var r = a == 0 && b == raw.Length ? raw : raw[a..b];
            printed = string.Equals(r, text, StringComparison.Ordinal) ? null : r;
        }

        TextSpan? span = _first >= 0 && _lastEnd > _first ? TextSpan.FromBounds(_first, _lastEnd) : null;
        _sb.Clear();
        _pending = None;
        _first = _lastEnd = -1;
        return new RunText(text, printed, span);
    }

    private void Separate(char next)
    {
        var prev = _sb[^1];
        var bothWide = IsWide(prev) && IsWide(next);
        var eitherWide = IsWide(prev) || IsWide(next);
        var space = _pending switch
        {
            Space => true,
            LineBreak => !bothWide,
            _ => !eitherWide,
        };
        if (space)
        {
            _sb.Append(' ');
        }

        _pending = None;
    }

    /// <summary>Chinese characters, CJK punctuation and full-width forms: text that is written without spaces.</summary>
    private static bool IsWide(char c) => LabelNormalizer.IsCjk(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';
}
