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

    internal static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame", "basefont", "bgsound", "image", "html", "head", "body", "frameset",
    };

    internal static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Start tags that close an open &lt;p&gt;.</summary>
    internal static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "listing", "xmp",
    };

    internal static readonly HashSet<string> Markers = new(StringComparer.Ordinal) { "td", "th", "caption", "applet", "object", "marquee", "template" };

    public static GuardedMarkup Apply(string source)
    {
        var sim = new MarkupSimulation();
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
                var name = Name(source.AsSpan(m.NameStart, m.NameLength));
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
                    else if (Formatting.Contains(name))
                    {
                        drop = sim.OpenFormatting(name, source.AsSpan(m.NameStart, m.End - m.NameStart)) ? 0 : 2;
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

    /// <summary>Tag names by their text in any case: a page's tags cost no string each.</summary>
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = BuildNames();

    private static string Name(ReadOnlySpan<char> name) =>
        KnownNames.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in Void.Concat(Formatting).Concat(ClosesParagraph).Concat(Markers).Concat(["span", "tr", "tbody", "thead", "tfoot", "o:p", "svg", "math", "option", "optgroup", "select", "label", "img", "sup", "sub"]))
        {
            names[n] = n;
        }

        return names.GetAlternateLookup<ReadOnlySpan<char>>();
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
}
