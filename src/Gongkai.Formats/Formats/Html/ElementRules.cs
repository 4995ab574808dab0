using AngleSharp.Dom;

namespace Gongkai.Formats.Html;

/// <summary>
/// What the walk does with an element, by its tag and attributes only: skip it (scripts, forms, hidden content),
/// break paragraphs at it (blocks), or treat it as site chrome (navigation, footers, share bars). None of these is a
/// rule for one site; they are what HTML itself and the common CMS vocabularies say.
/// </summary>
internal static class ElementRules
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg", "math", "canvas",
        "video", "audio", "select", "option", "optgroup", "button", "input", "textarea", "map", "datalist", "frameset",
        "frame", "noframes", "link", "meta", "base", "param", "source", "track",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section",
        "article", "header", "footer", "nav", "aside", "main", "center", "address", "figure", "figcaption", "table", "tr",
        "td", "th", "tbody", "thead", "tfoot", "caption", "form", "fieldset", "legend", "hr", "details", "summary", "dir",
        "menu", "body", "html", "hgroup", "dialog", "listing", "xmp",
    };

    private static readonly HashSet<string> ChromeTags = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "footer" };

    /// <summary>Words in a class or id that name navigation, footers, share bars and lists of other articles.</summary>
    private static readonly string[] ChromeWords =
    [
        "breadcrumb", "crumb", "navbar", "topnav", "subnav", "sidenav", "menu", "footer", "copyright", "share", "fenxiang",
        "sidebar", "related", "xgwz", "xglj", "xgxx", "toolbar", "weizhi", "position", "location",
    ];

    private static readonly string[] ChromeRoles = ["navigation", "banner", "contentinfo", "complementary", "menu", "search"];

    /// <summary>Elements never read: scripts, styles, form controls, embedded media, and hidden content.</summary>
    public static bool IsSkipped(IElement e) => Skipped.Contains(e.LocalName) || IsHidden(e);

    public static bool IsBlock(IElement e) => Blocks.Contains(e.LocalName);

    /// <summary>1–6 for h1–h6, else 0.</summary>
    public static int HeadingLevel(IElement e)
    {
        var n = e.LocalName;
        return n.Length == 2 && (n[0] == 'h' || n[0] == 'H') && n[1] is >= '1' and <= '6' ? n[1] - '0' : 0;
    }

    /// <summary>Hidden by the "hidden" attribute or an inline style (display:none, visibility:hidden).</summary>
    public static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden"))
        {
            return true;
        }

        var style = e.GetAttribute("style");
        return style is not null && (StyleSays(style, "display", "none") || StyleSays(style, "visibility", "hidden"));
    }

    /// <summary>Navigation, footers, share bars, breadcrumbs, "related articles": by tag, ARIA role, or a word in class or id.</summary>
    public static bool IsChrome(IElement e)
    {
        if (ChromeTags.Contains(e.LocalName))
        {
            return true;
        }

        var role = e.GetAttribute("role");
        if (role is not null && Array.Exists(ChromeRoles, r => role.Equals(r, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return HasChromeWord(e.GetAttribute("class")) || HasChromeWord(e.Id);
    }

    private static bool HasChromeWord(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var w in ChromeWords)
        {
            if (value.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "nav" alone or as a word of its own ("main-nav", "nav_top"), not inside other words
        var at = value.IndexOf("nav", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsAsciiLetter(value[at - 1])) && (at + 3 == value.Length || !char.IsAsciiLetter(value[at + 3]));
    }

    /// <summary>Whether an inline style sets <paramref name="property"/> to <paramref name="value"/> (spaces and case ignored).</summary>
    internal static bool StyleSays(string style, string property, string value)
    {
        var from = 0;
        while (true)
        {
            var at = style.IndexOf(property, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            from = at + property.Length;

            // "display" itself, not the end of "xdisplay"
            if (at > 0 && (char.IsAsciiLetter(style[at - 1]) || style[at - 1] == '-'))
            {
                continue;
            }

            var i = from;
            while (i < style.Length && char.IsWhiteSpace(style[i]))
            {
                i++;
            }

            if (i >= style.Length || style[i] != ':')
            {
                continue;
            }

            i++;
            while (i < style.Length && char.IsWhiteSpace(style[i]))
            {
                i++;
            }

            if (string.Compare(style, i, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (i + value.Length == style.Length || !char.IsAsciiLetter(style[i + value.Length])))
            {
                return true;
            }
        }
    }
}
