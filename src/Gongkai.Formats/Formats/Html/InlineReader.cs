using AngleSharp.Dom;

namespace Gongkai.Formats.Html;

/// <summary>
/// Reads the whole text of one element (a table cell, a caption) as one run: nested paragraphs, spans and line breaks
/// join as <see cref="TextRun"/> describes; hidden and non-text elements are left out. The walk is iterative and
/// bounded in depth, so a cell holding thousands of nested spans costs no stack.
/// </summary>
internal sealed class InlineReader(SourceLocator locator, PageLimits limits)
{
    private readonly TextRun _run = new();
    private readonly List<(INodeList Children, int Next, bool Block)> _stack = [];

    /// <param name="depth">The depth of <paramref name="element"/> in the page.</param>
    public RunText Read(IElement element, int depth)
    {
        locator.MoveTo(HtmlPositions.OwnStart(element));
        _stack.Clear();
        _stack.Add((element.ChildNodes, 0, false));
        while (_stack.Count > 0)
        {
            var (children, next, block) = _stack[^1];
            if (next >= children.Length)
            {
                _stack.RemoveAt(_stack.Count - 1);
                if (block)
                {
                    _run.MarkBoundary();
                }

                continue;
            }

            _stack[^1] = (children, next + 1, block);
            var node = children[next];
            if (node is IText text)
            {
                Append(text.Data);
                continue;
            }

            if (node is not IElement e || !limits.CountElement())
            {
                continue;
            }

            if (e.LocalName == "br")
            {
                _run.MarkBoundary();
                continue;
            }

            if (ElementRules.IsSkipped(e))
            {
                continue;
            }

            if (depth + _stack.Count >= PageLimits.MaxDepth)
            {
                limits.DepthExceeded = true;
                continue;
            }

            var isBlock = ElementRules.IsBlock(e);
            if (isBlock)
            {
                _run.MarkBoundary();
            }

            locator.MoveTo(HtmlPositions.OwnStart(e));
            _stack.Add((e.ChildNodes, 0, isBlock));
        }

        return _run.Take();
    }

    private void Append(string data)
    {
        if (_run.IsEmpty && string.IsNullOrWhiteSpace(data))
        {
            return;
        }

        locator.Locate(data, out var first, out var lastEnd);
        _run.Append(data, first, lastEnd);
    }
}
