using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Formats.Docx;

/// <summary>
/// What the reader needs from styles.xml: each paragraph style's heading level and list numbering, following
/// "based on" chains. A heading is a style named "heading N" (Word stores built-in names in English whatever the
/// interface language), "Heading N" or "标题 N", or any style with an outline level; "Title" counts as level 1.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 16;
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraph;

    public static DocxStyles Empty { get; } = new(null);

    public DocxStyles(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (var s in styles.Elements<Style>())
        {
            var id = s.StyleId?.Value;
            if (id is null || (s.Type?.Value is { } t && t != StyleValues.Paragraph))
            {
                continue;
            }

            _styles.TryAdd(id, s);
            if (s.Default?.Value == true)
            {
                _defaultParagraph ??= id;
            }
        }
    }

    /// <summary>The heading level (1–6) of a paragraph, or 0 for body text.</summary>
    /// <param name="styleId">The paragraph's w:pStyle, if any.</param>
    /// <param name="outline">The paragraph's own w:outlineLvl, which wins over its style's.</param>
    public int HeadingLevel(string? styleId, int? outline)
    {
        if (outline is { } direct)
        {
            return Level(direct);
        }

        var id = styleId ?? _defaultParagraph;
        for (var hop = 0; id is not null && hop < MaxChain && _styles.TryGetValue(id, out var style); hop++)
        {
            var named = FromName(style.StyleName?.Val?.Value);
            if (named > 0)
            {
                return named;
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } styleOutline)
            {
                return Level(styleOutline);
            }

            id = style.BasedOn?.Val?.Value;
        }

        return 0;
    }

    /// <summary>The list a paragraph's style puts it in (numbering id and level), when its own properties name none.</summary>
    public (int NumId, int Level)? Numbering(string? styleId)
    {
        var id = styleId ?? _defaultParagraph;
        for (var hop = 0; id is not null && hop < MaxChain && _styles.TryGetValue(id, out var style); hop++)
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numPr && numPr.NumberingId?.Val?.Value is { } numId)
            {
                return (numId, numPr.NumberingLevelReference?.Val?.Value ?? 0);
            }

            id = style.BasedOn?.Val?.Value;
        }

        return null;
    }

    /// <summary>outlineLvl 0–5 are heading levels 1–6; 9 (and anything else) is body text.</summary>
    private static int Level(int outline) => outline is >= 0 and <= 5 ? outline + 1 : 0;

    private static int FromName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return 0;
        }

        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name == "标题")
        {
            return 1;
        }

        var rest = name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) ? name.AsSpan(7)
            : name.StartsWith("标题", StringComparison.Ordinal) ? name.AsSpan(2)
            : [];
        rest = rest.Trim();
        return rest.Length == 1 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 6 ? n : 0;
    }
}
