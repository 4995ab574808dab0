namespace Gongkai.Formats.Html;

/// <summary>
/// The open elements and the list of active formatting elements, roughly as the tree builder keeps them. Formatting
/// elements stay in the list when a paragraph or cell closes around them, and the builder re-opens them before the
/// next element ("reconstructs" them), which is what makes misnested markup deep and slow; they leave the list at
/// their own end tag, when a cell closes, or by the "Noah's Ark" rule (at most three identical ones).
/// </summary>
internal sealed class MarkupSimulation
{
    private readonly List<(string Name, ActiveFormatting? Entry)> _stack = new(64);
    private readonly List<ActiveFormatting?> _formatting = new(16);

    public int Foreign { get; private set; }

    public int Depth => _stack.Count;

    public void Push(string name)
    {
        Reconstruct();
        _stack.Add((name, null));
        Foreign += name is "svg" or "math" ? 1 : 0;
        if (MarkupGuard.Markers.Contains(name))
        {
            _formatting.Add(null);
        }
    }

    /// <summary>Opens a formatting element; false when too many are active.</summary>
    public bool OpenFormatting(string name, ReadOnlySpan<char> tag)
    {
        // identical tags (name and attributes) count together; a bare "<b>" is the name itself
        var key = tag.Length == name.Length + 1 ? name : tag.ToString().ToLowerInvariant();
        var first = _formatting.LastIndexOf(null) + 1;
        if (name is "a" or "nobr")
        {
            RemoveLast(name, first);
        }

        var same = 0;
        var earliest = -1;
        for (var k = first; k < _formatting.Count; k++)
        {
            if (_formatting[k]!.Key == key)
            {
                same++;
                earliest = earliest < 0 ? k : earliest;
            }
        }

        if (same >= 3)
        {
            _formatting.RemoveAt(earliest);
        }

        if (_formatting.Count - first >= MarkupGuard.MaxFormatting)
        {
            return false;
        }

        Reconstruct();
        var entry = new ActiveFormatting(name, key) { Open = true };
        _formatting.Add(entry);
        _stack.Add((name, entry));
        return true;
    }

    public void Close(ReadOnlySpan<char> name)
    {
        if (_formatting.Count > 0)
        {
            RemoveLast(name, _formatting.LastIndexOf(null) + 1);
        }

        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            if (name.Equals(_stack[k].Name, StringComparison.OrdinalIgnoreCase))
            {
                PopTo(k);
                return;
            }
        }
    }

    public void CloseImplied(string name)
    {
        if (MarkupGuard.ClosesParagraph.Contains(name))
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
                if (_stack.Count > 0 && _stack[^1].Name == "option")
                {
                    PopTo(_stack.Count - 1);
                }

                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (_stack.Count > 0 && _stack[^1].Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    PopTo(_stack.Count - 1);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>Re-opens the active formatting elements that were closed around (as the builder does before an element).</summary>
    private void Reconstruct()
    {
        for (var k = _formatting.LastIndexOf(null) + 1; k < _formatting.Count; k++)
        {
            var e = _formatting[k]!;
            if (!e.Open)
            {
                e.Open = true;
                _stack.Add((e.Name, e));
            }
        }
    }

    /// <summary>Pops to the nearest <paramref name="name"/> unless one of <paramref name="boundaries"/> comes first.</summary>
    private void PopToNearest(string name, params string[] boundaries)
    {
        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            if (_stack[k].Name == name)
            {
                PopTo(k);
                return;
            }

            if (Array.IndexOf(boundaries, _stack[k].Name) >= 0)
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
            var (name, entry) = _stack[j];
            if (entry is not null)
            {
                entry.Open = false;
            }
            else if (MarkupGuard.Markers.Contains(name))
            {
                var last = Math.Max(0, _formatting.LastIndexOf(null));
                _formatting.RemoveRange(last, _formatting.Count - last);
            }

            Foreign -= name is "svg" or "math" ? 1 : 0;
        }

        _stack.RemoveRange(k, _stack.Count - k);
    }

    private void RemoveLast(ReadOnlySpan<char> name, int from)
    {
        for (var k = _formatting.Count - 1; k >= from; k--)
        {
            if (name.Equals(_formatting[k]!.Name, StringComparison.OrdinalIgnoreCase))
            {
                _formatting.RemoveAt(k);
                return;
            }
        }
    }
}
