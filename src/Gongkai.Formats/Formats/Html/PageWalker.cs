using AngleSharp.Dom;
using Gongkai.Formats.Layout;
using Gongkai.Text;

namespace Gongkai.Formats.Html;

/// <summary>A block of the page with what the article selection needs to know about it.</summary>
/// <param name="Layout">The paragraph or table.</param>
/// <param name="Anchor">An element inside which the block stood (the parent of its first text, or the table).</param>
/// <param name="Chrome">The navigation/footer/share-bar elements around it, outermost first (empty for most blocks).</param>
internal sealed record PageBlock(LayoutBlock Layout, IElement Anchor, IElement[] Chrome);

/// <summary>
/// Walks the page's DOM in reading order and turns it into blocks: a paragraph for each run of text between block
/// boundaries (&lt;p&gt;, &lt;div&gt;, headings, list items, &lt;br&gt;), with its heading level, and a grid for each
/// data table. A table that holds another table is layout, not data: its cells are read as containers of paragraphs
/// and tables. The walk is iterative (no recursion, so no stack overflow on deep markup) and bounded by
/// <see cref="PageLimits"/>.
/// </summary>
internal sealed class PageWalker
{
    private readonly SourceText _lines;
    private readonly SourceLocator _locator;
    private readonly PageLimits _limits;
    private readonly InlineReader _inline;
    private readonly TableReader _tables;
    private readonly HashSet<IElement> _layoutTables = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, int> _tableNumbers = new(ReferenceEqualityComparer.Instance);
    private readonly List<PageBlock> _blocks = [];
    private readonly List<Frame> _stack = [];
    private readonly TextRun _para = new();
    private IElement? _paraAnchor;
    private IElement[] _paraChrome = [];
    private int _paraHeading;
    private IElement[] _chrome = [];

    public PageWalker(SourceText lines, IDocument document, PageLimits limits)
    {
        _lines = lines;
        _limits = limits;
        _locator = new SourceLocator(lines.Text);
        _inline = new InlineReader(_locator, limits);
        _tables = new TableReader(lines, _inline, limits);

        // tables are numbered in page order; a table with a table inside is layout
        var all = document.GetElementsByTagName("table");
        for (var i = 0; i < all.Length; i++)
        {
            _tableNumbers[all[i]] = i + 1;
            for (var p = all[i].ParentElement; p is not null; p = p.ParentElement)
            {
                if (p.LocalName == "table" && !_layoutTables.Add(p))
                {
                    break;
                }
            }
        }
    }

    private record struct Frame(IElement Element, INodeList Children, int Next, bool Block, bool Chrome, int Heading);

    /// <summary>The blocks of <paramref name="root"/> in reading order.</summary>
    public List<PageBlock> Walk(IElement root)
    {
        Enter(root);
        while (_stack.Count > 0)
        {
            var top = _stack[^1];
            if (top.Next >= top.Children.Length)
            {
                Exit();
                continue;
            }

            _stack[^1] = top with { Next = top.Next + 1 };
            var node = top.Children[top.Next];
            if (node is IText text)
            {
                OnText(text);
                continue;
            }

            if (node is not IElement e || !_limits.CountElement() || ElementRules.IsSkipped(e))
            {
                continue;
            }

            if (e.LocalName == "br")
            {
                Flush();
                continue;
            }

            if (_stack.Count >= PageLimits.MaxDepth)
            {
                _limits.DepthExceeded = true;
                continue;
            }

            if (e.LocalName == "table" && !_layoutTables.Contains(e) && !IsSingleColumn(e))
            {
                ReadTable(e);
                continue;
            }

            Enter(e);
        }

        Flush();
        return _blocks;
    }

    private void Enter(IElement e)
    {
        var block = ElementRules.IsBlock(e);
        if (block)
        {
            Flush();
        }

        var chrome = ElementRules.IsChrome(e);
        if (chrome)
        {
            _chrome = [.. _chrome, e];
        }

        _locator.MoveTo(HtmlPositions.OwnStart(e));
        _stack.Add(new Frame(e, e.ChildNodes, 0, block, chrome, ElementRules.HeadingLevel(e)));
    }

    private void Exit()
    {
        var top = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        if (top.Block)
        {
            Flush();
        }

        if (top.Chrome)
        {
            _chrome = _chrome[..^1];
        }
    }

    private void OnText(IText text)
    {
        var data = text.Data;
        if (_para.IsEmpty)
        {
            if (string.IsNullOrWhiteSpace(data))
            {
                return;
            }

            _paraAnchor = text.ParentElement;
            _paraChrome = _chrome;
            _paraHeading = CurrentHeading();
        }

        _locator.Locate(data, out var first, out var lastEnd);
        _para.Append(data, first, lastEnd);
    }

    private int CurrentHeading()
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].Heading > 0)
            {
                return _stack[i].Heading;
            }
        }

        return 0;
    }

    /// <summary>Ends the current paragraph, if it has any text.</summary>
    private void Flush()
    {
        if (_para.IsEmpty)
        {
            return;
        }

        var run = _para.Take();
        var anchor = _paraAnchor ?? _stack[^1].Element;
        if (run.Text.Length == 0)
        {
            return;
        }

        var where = run.Span is { } span ? _lines.GetRef(span) : HtmlPositions.Empty(_lines, anchor);
        _blocks.Add(new PageBlock(new LayoutParagraph(run.Text, where, _paraHeading, run.Raw), anchor, _paraChrome));
        _paraAnchor = null;
    }

    /// <summary>
    /// A table whose rows each hold one cell is a frame around text (an old site's title bar, a boxed note), not data:
    /// its text reads as paragraphs.
    /// </summary>
    private static bool IsSingleColumn(IElement table)
    {
        foreach (var child in table.Children)
        {
            var rows = child.LocalName == "tr" ? [child] : child.LocalName is "tbody" or "thead" or "tfoot" ? child.Children : (IEnumerable<IElement>)[];
            foreach (var tr in rows)
            {
                if (tr.LocalName != "tr")
                {
                    continue;
                }

                var cells = 0;
                foreach (var td in tr.Children)
                {
                    if (td.LocalName is "td" or "th" && ++cells > 1)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private void ReadTable(IElement table)
    {
        Flush();
        foreach (var child in table.Children)
        {
            if (child.LocalName == "caption" && !ElementRules.IsHidden(child))
            {
                var caption = _inline.Read(child, _stack.Count + 1);
                if (caption.Text.Length > 0)
                {
                    var where = caption.Span is { } span ? _lines.GetRef(span) : HtmlPositions.Empty(_lines, child);
                    _blocks.Add(new PageBlock(new LayoutParagraph(caption.Text, where, 0, caption.Raw), child, _chrome));
                }
            }
        }

        var number = _tableNumbers.GetValueOrDefault(table);
        if (_tables.Read(table, number, _stack.Count) is { } grid)
        {
            _blocks.Add(new PageBlock(grid, table, _chrome));
        }
    }
}
