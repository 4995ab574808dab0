namespace Gongkai.Formats.Html;

/// <summary>What a piece of markup in the source is.</summary>
internal enum MarkupKind
{
    /// <summary>Not markup: a "&lt;" that is text.</summary>
    None = 0,

    StartTag = 1,
    EndTag = 2,

    /// <summary>A comment, doctype, processing instruction or CDATA section: no text, no element.</summary>
    Comment = 3,
}

/// <summary>One piece of markup found by <see cref="MarkupScanner.Read"/>.</summary>
/// <param name="End">Index just after the markup (and, for a raw-text element, after its content).</param>
/// <param name="NameStart">Start of the tag name.</param>
/// <param name="NameLength">Length of the tag name.</param>
/// <param name="SelfClosing">The tag ends with "/&gt;".</param>
internal readonly record struct Markup(MarkupKind Kind, int End, int NameStart, int NameLength, bool SelfClosing);

/// <summary>
/// A small, forgiving scanner of HTML markup in the decoded source: where a tag, comment or raw-text element starts and
/// ends. It is not a parser; <see cref="SourceLocator"/> uses it to step over markup while it finds where text stood,
/// and <see cref="MarkupGuard"/> to bound nesting before the real parser sees the page. Every call is linear in what
/// it skips, and never reads past the end.
/// </summary>
internal static class MarkupScanner
{
    /// <summary>Elements whose content is text up to their end tag, not markup.</summary>
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];

    /// <summary>Reads the markup starting at <paramref name="i"/> (which must be a '&lt;'), or <see cref="MarkupKind.None"/> when it is text.</summary>
    public static Markup Read(string s, int i)
    {
        if (i + 1 >= s.Length || s[i] != '<')
        {
            return default;
        }

        var c = s[i + 1];
        if (char.IsAsciiLetter(c))
        {
            var nameEnd = NameEnd(s, i + 1);
            var (end, selfClosing) = TagEnd(s, nameEnd);
            var name = s.AsSpan(i + 1, nameEnd - i - 1);
            if (!selfClosing && IsRawText(name))
            {
                end = RawTextEnd(s, end, name);
            }

            return new Markup(MarkupKind.StartTag, end, i + 1, nameEnd - i - 1, selfClosing);
        }

        if (c == '/')
        {
            if (i + 2 < s.Length && char.IsAsciiLetter(s[i + 2]))
            {
                var nameEnd = NameEnd(s, i + 2);
                var (end, _) = TagEnd(s, nameEnd);
                return new Markup(MarkupKind.EndTag, end, i + 2, nameEnd - i - 2, false);
            }

            // "</>" is dropped, "</ x>" is a bogus comment
            return new Markup(MarkupKind.Comment, ToGreaterThan(s, i + 2), i, 0, false);
        }

        if (c == '!')
        {
            if (string.CompareOrdinal(s, i, "<!--", 0, 4) == 0)
            {
                var close = s.IndexOf("-->", i + 4, StringComparison.Ordinal);
                var abrupt = i + 4 < s.Length && s[i + 4] == '>' ? i + 5 : i + 5 < s.Length && s[i + 4] == '-' && s[i + 5] == '>' ? i + 6 : -1;
                return new Markup(MarkupKind.Comment, abrupt > 0 ? abrupt : close < 0 ? s.Length : close + 3, i, 0, false);
            }

            if (string.CompareOrdinal(s, i, "<![CDATA[", 0, 9) == 0)
            {
                var close = s.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                return new Markup(MarkupKind.Comment, close < 0 ? s.Length : close + 3, i, 0, false);
            }

            return new Markup(MarkupKind.Comment, ToGreaterThan(s, i + 2), i, 0, false);
        }

        return c == '?' ? new Markup(MarkupKind.Comment, ToGreaterThan(s, i + 2), i, 0, false) : default;
    }

    public static bool IsRawText(ReadOnlySpan<char> name)
    {
        foreach (var r in RawTextElements)
        {
            if (name.Equals(r, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int NameEnd(string s, int i)
    {
        while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '/' && s[i] != '>')
        {
            i++;
        }

        return i;
    }

    /// <summary>The index after the tag's "&gt;", stepping over quoted attribute values.</summary>
    private static (int End, bool SelfClosing) TagEnd(string s, int i)
    {
        var quote = '\0';
        var beforeValue = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c == '>')
            {
                return (i + 1, i > 0 && s[i - 1] == '/');
            }

            if (beforeValue && (c == '"' || c == '\''))
            {
                quote = c;
                beforeValue = false;
                continue;
            }

            if (c == '=')
            {
                beforeValue = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                beforeValue = false;
            }
        }

        return (s.Length, false);
    }

    private static int RawTextEnd(string s, int from, ReadOnlySpan<char> name)
    {
        if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
        {
            return s.Length;
        }

        var i = from;
        while (true)
        {
            var lt = s.IndexOf("</", i, StringComparison.Ordinal);
            if (lt < 0 || lt + 2 + name.Length > s.Length)
            {
                return s.Length;
            }

            if (s.AsSpan(lt + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var (end, _) = TagEnd(s, lt + 2 + name.Length);
                return end;
            }

            i = lt + 2;
        }
    }

    private static int ToGreaterThan(string s, int i)
    {
        var gt = i < s.Length ? s.IndexOf('>', i) : -1;
        return gt < 0 ? s.Length : gt + 1;
    }
}
