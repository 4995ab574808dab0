namespace Gongkai.Formats.Html;

/// <summary>
/// The bounds on the work done for one page, and whether they were reached. A page that reaches one is still read as
/// far as the bound, with a diagnostic: never an exception, never a hang.
/// </summary>
internal sealed class PageLimits
{
    /// <summary>Elements nested deeper than this are not read (R022). Real pages nest 20–40 deep.</summary>
    public const int MaxDepth = 256;

    /// <summary>Elements visited per page (R023).</summary>
    public const int MaxElements = 250_000;

    /// <summary>Cells of expanded table grids per page (R023): a colspan of 1000 on every cell must not fill memory.</summary>
    public const int MaxGridCells = 400_000;

    /// <summary>Columns of one table grid; cells beyond are dropped (R023).</summary>
    public const int MaxColumns = 200;

    private int _elements;
    private int _gridCells;

    public bool DepthExceeded { get; set; }

    public bool TooManyElements { get; private set; }

    public bool TooManyCells { get; private set; }

    /// <summary>Counts one element; false once the page has had too many.</summary>
    public bool CountElement()
    {
        if (++_elements <= MaxElements)
        {
            return true;
        }

        TooManyElements = true;
        return false;
    }

    /// <summary>Reserves <paramref name="n"/> grid cells; false when the page would exceed its budget.</summary>
    public bool ReserveCells(int n)
    {
        if (_gridCells + (long)n <= MaxGridCells)
        {
            _gridCells += n;
            return true;
        }

        TooManyCells = true;
        return false;
    }

    /// <summary>Marks the cell budget as exceeded (a grid was cut).</summary>
    public void CellsCut() => TooManyCells = true;
}
