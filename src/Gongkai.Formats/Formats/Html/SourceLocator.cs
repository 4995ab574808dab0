using AngleSharp.Html;

namespace Gongkai.Formats.Html;

/// <summary>
/// Finds where a DOM text node stood in the decoded page. AngleSharp keeps the start of every element but nothing for
/// text, so the locator walks the source forward from a cursor (set to each element's start as the DOM walk enters
/// it), stepping over markup, decoding character references and line breaks as the tokenizer did, until the node's
/// text matches. It reports the first and last visible characters, which is where a cell's or paragraph's text stood.
/// </summary>
/// <remarks>
/// The walk visits text in document order, so the cursor only moves forward and the whole page is scanned about once.
/// A node that cannot be found near the cursor (text moved by the tree builder, hidden text skipped by the walk) is
/// given up on; its caller falls back to its element's position. A budget of a few passes over the page bounds the
/// work on hostile input.
/// </remarks>
internal sealed class SourceLocator
{
    /// <summary>How far past the cursor a node's text is looked for.</summary>
    private const int MaxSearch = 4096;

    private readonly string _source;
    private long _budget;
    private int _cursor;

    public SourceLocator(string source)
    {
        _source = source;
        _budget = (4L * source.Length) + 65_536;
    }

    /// <summary>Moves the cursor to an element's start (a negative index, for an implied element, is ignored).</summary>
    public void MoveTo(int index)
    {
        if (index >= 0 && index <= _source.Length)
        {
            _cursor = index;
        }
    }

    /// <summary>
    /// Finds <paramref name="data"/> at or after the cursor: the start of its first visible character and the end of its
    /// last. False when it has none or was not found.
    /// </summary>
    public bool Locate(string data, out int first, out int lastEnd)
    {
        first = lastEnd = -1;
        var a = 0;
        var b = data.Length;
        while (a < b && char.IsWhiteSpace(data[a]))
        {
            a++;
        }

        while (b > a && char.IsWhiteSpace(data[b - 1]))
        {
            b--;
        }

        if (a == b || _budget <= 0)
        {
            return false;
        }

        var core = data.AsSpan(a, b - a);
        var p = _cursor;
        var limit = (int)Math.Min(_source.Length, (long)p + MaxSearch + (4L * core.Length));
        while (p < limit && _budget > 0)
        {
            var unit = Unit(p, out var next, out var c1, out _);
            _budget -= next - p;
            if (unit == UnitKind.Markup || (unit == UnitKind.Text && c1 != core[0] && char.IsWhiteSpace(c1)) || unit == UnitKind.Nothing)
            {
                p = next;
                continue;
            }

            if (unit == UnitKind.Text && c1 == core[0] && Match(p, core, out var end))
            {
                first = p;
                lastEnd = end;
                _cursor = end;
                return true;
            }

            p = next;
        }

        return false;
    }

    private enum UnitKind
    {
        Text = 0,
        Markup = 1,
        Nothing = 2,
    }

    /// <summary>Matches <paramref name="core"/> from <paramref name="p"/>; <paramref name="end"/> is after its last unit.</summary>
    private bool Match(int p, ReadOnlySpan<char> core, out int end)
    {
        end = p;
        var j = 0;
        while (j < core.Length && p < _source.Length)
        {
            var unit = Unit(p, out var next, out var c1, out var c2);
            _budget -= next - p;
            if (unit != UnitKind.Text)
            {
                // ignored markup (an end tag with nothing to close) does not split a text node
                p = next;
                continue;
            }

            if (c1 != core[j])
            {
                // a character reference decodes to what the tokenizer made of it: trust it for one character
                if (_source[p] != '&')
                {
                    return false;
                }

                c2 = '\0';
            }

            j++;
            if (c2 != '\0' && j < core.Length)
            {
                if (core[j] != c2)
                {
                    return false;
                }

                j++;
            }

            end = next;
            p = next;
        }

        return j == core.Length;
    }

    /// <summary>The unit at <paramref name="p"/>: markup to step over, or text decoded to one or two characters.</summary>
    private UnitKind Unit(int p, out int next, out char c1, out char c2)
    {
        c1 = c2 = '\0';
        var c = _source[p];
        next = p + 1;
        switch (c)
        {
            case '<':
                var m = MarkupScanner.Read(_source, p);
                if (m.Kind == MarkupKind.None)
                {
                    c1 = '<';
                    return UnitKind.Text;
                }

                next = Math.Max(m.End, p + 1);
                return UnitKind.Markup;
            case '\r':
                next = p + 1 < _source.Length && _source[p + 1] == '\n' ? p + 2 : p + 1;
                c1 = '\n';
                return UnitKind.Text;
            case '\0':
                return UnitKind.Nothing;
            case '&':
                c1 = '&';
                Reference(p, ref next, ref c1, ref c2);
                return UnitKind.Text;
            default:
                c1 = c;
                return UnitKind.Text;
        }
    }

    /// <summary>Decodes a character reference at <paramref name="p"/>; leaves a lone "&amp;" as it is.</summary>
    private void Reference(int p, ref int next, ref char c1, ref char c2)
    {
        var s = _source;
        var i = p + 1;
        if (i < s.Length && s[i] == '#')
        {
            i++;
            var hex = i < s.Length && (s[i] == 'x' || s[i] == 'X');
            i += hex ? 1 : 0;
            var start = i;
            long value = 0;
            while (i < s.Length && i - start < 8 && (hex ? char.IsAsciiHexDigit(s[i]) : char.IsAsciiDigit(s[i])))
            {
                value = (value * (hex ? 16 : 10)) + (char.IsAsciiDigit(s[i]) ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10);
                i++;
            }

            if (i == start)
            {
                return;
            }

            next = i < s.Length && s[i] == ';' ? i + 1 : i;
            if (value is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                var text = char.ConvertFromUtf32((int)value);
                c1 = text[0];
                c2 = text.Length > 1 ? text[1] : '\0';
            }
            else
            {
                c1 = '\uFFFD';
            }

            return;
        }

        var nameStart = i;
        while (i < s.Length && i - nameStart < 32 && char.IsAsciiLetterOrDigit(s[i]))
        {
            i++;
        }

        if (i == nameStart)
        {
            return;
        }

        var withSemicolon = i < s.Length && s[i] == ';';
        var symbol = Symbol(s.AsSpan(nameStart, i - nameStart), withSemicolon);
        if (symbol is null)
        {
            return;
        }

        next = withSemicolon ? i + 1 : i;
        c1 = symbol[0];
        c2 = symbol.Length > 1 ? symbol[1] : '\0';
    }

    private static string? Symbol(ReadOnlySpan<char> name, bool withSemicolon)
    {
        switch (name)
        {
            case "nbsp":
                return "\u00A0";
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            default:
                var key = withSemicolon ? string.Concat(name, ";") : name.ToString();
                var symbol = HtmlEntityProvider.Resolver.GetSymbol(key);
                return string.IsNullOrEmpty(symbol) ? null : symbol;
        }
    }
}
