using System.Globalization;
using Gongkai.Formats.Assembly;
using Gongkai.Reports;

namespace Gongkai.Formats.Writing;

/// <summary>The printed text of a cell value: what was read stays as it was read, so a faithful copy is possible.</summary>
public static class CellText
{
    /// <summary>
    /// A number as it was printed when that text reads back as the same number ("+3", "862500元", "1.50"), otherwise in
    /// invariant digits; a blank or an absent cell as nothing; a placeholder as its mark; unreadable text as it was.
    /// </summary>
    public static string Format(CellValue value) => value.State switch
    {
        CellState.Number => Printed(value) ?? value.Number.ToString(CultureInfo.InvariantCulture),
        CellState.Placeholder => value.Raw.Length > 0 && CellParser.IsPlaceholder(value.Raw) ? value.Raw : "/",
        CellState.Unreadable => value.Raw.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '),
        _ => string.Empty,
    };

    private static string? Printed(CellValue value)
    {
        if (value.Raw.Length == 0 || value.Raw.Contains('\t', StringComparison.Ordinal) || value.Raw.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var parsed = CellParser.Parse(value.Raw).Value;
        return parsed.IsNumber && parsed.Number == value.Number ? value.Raw : null;
    }
}
