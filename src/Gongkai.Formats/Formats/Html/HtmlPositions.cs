using AngleSharp.Dom;
using Gongkai.Text;

namespace Gongkai.Formats.Html;

/// <summary>Where elements stood in the page, from the source references AngleSharp keeps on them.</summary>
internal static class HtmlPositions
{
    /// <summary>The index of the element's start tag, or -1 for an element the parser implied (a &lt;tbody&gt; never written).</summary>
    public static int OwnStart(IElement e)
    {
        var sr = e.SourceReference;
        return sr is null ? -1 : sr.Position.Index;
    }

    /// <summary>The element's start, or its nearest written ancestor's; 0 when none has one.</summary>
    public static int StartOf(IElement? e)
    {
        for (var depth = 0; e is not null && depth < PageLimits.MaxDepth * 2; depth++)
        {
            var i = OwnStart(e);
            if (i >= 0)
            {
                return i;
            }

            e = e.ParentElement;
        }

        return 0;
    }

    /// <summary>Just after the element's start tag: where an empty element's text would have stood.</summary>
    public static int ContentStart(string source, IElement e)
    {
        var start = StartOf(e);
        if (start >= source.Length || source[start] != '<')
        {
            return Math.Min(start, source.Length);
        }

        var m = MarkupScanner.Read(source, start);
        return m.Kind == MarkupKind.StartTag ? Math.Min(m.End, source.Length) : start;
    }

    /// <summary>A zero-length reference just inside <paramref name="e"/>.</summary>
    public static SourceRef Empty(SourceText lines, IElement e, string? anchor = null)
    {
        var at = ContentStart(lines.Text, e);
        return lines.GetRef(new TextSpan(at, 0), anchor);
    }
}
