namespace Gongkai.Formats.Html;

/// <summary>What <see cref="MarkupGuard"/> did to a page.</summary>
/// <param name="Source">The page with the neutralised tags turned into comments of the same length (or the page itself).</param>
/// <param name="TooDeep">Start tags dropped because the nesting was deeper than <see cref="MarkupGuard.MaxDepth"/>.</param>
/// <param name="TooManyFormatting">Formatting start tags dropped because too many were left open.</param>
/// <param name="TooManyElements">Start tags dropped after <see cref="MarkupGuard.MaxElements"/> elements.</param>
internal sealed record GuardedMarkup(string Source, int TooDeep, int TooManyFormatting, int TooManyElements);

/// <summary>
/// Bounds the work the HTML parser can be made to do before it sees the page. The HTML tree builder is quadratic in
/// the depth of the open elements and in the count of formatting elements left open (every paragraph reopens them),
/// and a page of 100 000 nested &lt;div&gt;s takes minutes. This pass follows the page's nesting roughly (closing
/// paragraphs, cells, rows and list items as the tree builder would) and turns start tags beyond the limits into
/// comments of the same length, so that offsets into the page stay true and no text is lost.
/// </summary>
/// <remarks>
/// The limits are far above anything a published report needs (real pages nest 20–40 deep); they exist for damaged or
/// hostile input. The simulation is approximate on purpose: it only has to be right about ordinary pages.
/// </remarks>
internal static class MarkupGuard
{
    public const int MaxDepth = 200;
    public const int MaxFormatting = 48;
    public const int MaxElements = 200_000;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame", "basefont", "bgsound", "image", "html", "head", "body", "frameset",
    };

    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Start tags that close an open &lt;p&gt;.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "listing", "xmp",
    };

    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal) { "td", "th", "caption", "applet", "object", "marquee", "template" };

    public static GuardedMarkup Apply(string source)
    {
        var sim = new Simulation();
        char[]? copy = null;
        int deep = 0, fmt = 0, many = 0, elements = 0;
        var i = source.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i < source.Length)
        {
            var m = MarkupScanner.Read(source, i);
            if (m.Kind == MarkupKind.None)
            {
                i = source.IndexOf('<', i + 1);
                continue;
            }

            if (m.Kind == MarkupKind.StartTag)
            {
                var name = source.Substring(m.NameStart, m.NameLength).ToLowerInvariant();
                var drop = 0;
                if (!Void.Contains(name) && !(m.SelfClosing && sim.Foreign > 0))
                {
                    sim.CloseImplied(name);
                    if (++elements > MaxElements)
                    {
                        drop = 3;
                    }
                    else if (sim.Depth >= MaxDepth)
                    {
                        drop = 1;
                    }
                    else if (Formatting.Contains(name) && !sim.OpenFormatting(name, source.AsSpan(m.NameStart, m.End - m.NameStart)))
                    {
                        drop = 2;
                    }
                    else
                    {
                        sim.Push(name);
                    }
                }

                if (drop > 0)
                {
                    copy ??= source.ToCharArray();
                    Neutralise(copy, i, m.End);
                    deep += drop == 1 ? 1 : 0;
                    fmt += drop == 2 ? 1 : 0;
                    many += drop == 3 ? 1 : 0;
                }
            }
            else if (m.Kind == MarkupKind.EndTag)
            {
                sim.Close(source.AsSpan(m.NameStart, m.NameLength));
            }

            i = m.End >= source.Length ? -1 : source.IndexOf('<', m.End);
        }

        return new GuardedMarkup(copy is null ? source : new string(copy), deep, fmt, many);
    }

    /// <summary>A tag of length 3 or more becomes a bogus comment "&lt;!xx…&gt;" of the same length.</summary>
    private static void Neutralise(char[] s, int start, int end)
    {
        if (end - start < 3)
        {
            return;
        }

        s[start] = '<';
        s[start + 1] = '!';
        for (var k = start + 2; k < end - 1; k++)
        {
            s[k] = 'x';
        }

        s[end - 1] = '>';
    }

    /// <summary>
    /// The open elements and the list of active formatting elements, roughly as the tree builder keeps them. Formatting
    /// elements stay in the list when a paragraph or cell closes around them (the builder reopens them later), which is
    /// exactly what makes the builder slow; they leave it at their own end tag, when a cell closes, or by the
    /// "Noah's Ark" rule (at most three identical ones).
    /// </summary>
    private sealed class Simulation
    {
        private readonly List<string> _stack = new(64);
        private readonly List<string?> _formatting = new(16);

        public int Foreign { get; private set; }

        public int Depth => _stack.Count;

        public void Push(string name)
        {
            _stack.Add(name);
            Foreign += name is "svg" or "math" ? 1 : 0;
            if (Markers.Contains(name))
            {
                _formatting.Add(null);
            }
        }

        /// <summary>Adds a formatting element to the active list; false when too many are open.</summary>
        public bool OpenFormatting(string name, ReadOnlySpan<char> tag)
        {
            var key = name + "|" + tag.ToString().ToLowerInvariant();
            var first = _formatting.LastIndexOf(null) + 1;
            if (name is "a" or "nobr")
            {
                RemoveLast(name, first);
            }

            var same = 0;
            var earliest = -1;
            for (var k = first; k < _formatting.Count; k++)
            {
                if (_formatting[k] == key)
                {
                    same++;
                    earliest = earliest < 0 ? k : earliest;
                }
            }

            if (same >= 3)
            {
                _formatting.RemoveAt(earliest);
            }

            if (_formatting.Count - first >= MaxFormatting)
            {
                return false;
            }

            _formatting.Add(key);
            return true;
        }

        public void Close(ReadOnlySpan<char> name)
        {
            for (var k = _stack.Count - 1; k >= 0; k--)
            {
                if (name.Equals(_stack[k], StringComparison.OrdinalIgnoreCase))
                {
                    if (Formatting.Contains(_stack[k]))
                    {
                        RemoveLast(_stack[k], _formatting.LastIndexOf(null) + 1);
                    }

                    PopTo(k);
                    return;
                }
            }
        }

        public void CloseImplied(string name)
        {
            if (ClosesParagraph.Contains(name))
            {
                PopToNearest("p", "td", "th", "table", "button");
            }

            switch (name)
            {
                case "li":
                    PopToNearest("li", "ul", "ol", "td", "table");
                    break;
                case "dd" or "dt":
                    PopToNearest("dd", "dl", "td", "table");
                    PopToNearest("dt", "dl", "td", "table");
                    break;
                case "td" or "th":
                    PopToNearest("td", "tr", "table");
                    PopToNearest("th", "tr", "table");
                    break;
                case "tr":
                    PopToNearest("tr", "table");
                    break;
                case "thead" or "tbody" or "tfoot":
                    PopToNearest("tbody", "table");
                    PopToNearest("thead", "table");
                    PopToNearest("tfoot", "table");
                    break;
                case "table":
                    // a table directly inside a table (not in a cell) closes the first one
                    PopToNearest("table", "td", "th", "caption");
                    break;
                case "option" or "optgroup":
                    if (_stack.Count > 0 && _stack[^1] == "option")
                    {
                        PopTo(_stack.Count - 1);
                    }

                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    if (_stack.Count > 0 && _stack[^1] is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                    {
                        PopTo(_stack.Count - 1);
                    }

                    break;
                default:
                    break;
            }
        }

        /// <summary>Pops to the nearest <paramref name="name"/> unless one of <paramref name="boundaries"/> comes first.</summary>
        private void PopToNearest(string name, params string[] boundaries)
        {
            for (var k = _stack.Count - 1; k >= 0; k--)
            {
                if (_stack[k] == name)
                {
                    PopTo(k);
                    return;
                }

                if (Array.IndexOf(boundaries, _stack[k]) >= 0)
                {
                    return;
                }
            }
        }

        /// <summary>Pops the stack down to (and including) index <paramref name="k"/>; a closing cell ends its formatting scope.</summary>
        private void PopTo(int k)
        {
            for (var j = _stack.Count - 1; j >= k; j--)
            {
                var name = _stack[j];
                if (Markers.Contains(name))
                {
                    var last = Math.Max(0, _formatting.LastIndexOf(null));
                    _formatting.RemoveRange(last, _formatting.Count - last);
                }

                Foreign -= name is "svg" or "math" ? 1 : 0;
            }

            _stack.RemoveRange(k, _stack.Count - k);
        }

        private void RemoveLast(string name, int from)
        {
            for (var k = _formatting.Count - 1; k >= from; k--)
            {
                if (_formatting[k] is { } f && f.Length > name.Length && f[name.Length] == '|' && f.StartsWith(name, StringComparison.Ordinal))
                {
                    _formatting.RemoveAt(k);
                    return;
                }
            }
        }
    }
}
