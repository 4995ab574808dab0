using Gongkai.Formats.Assembly;
using Gongkai.Reports;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// A table cell as written in an authoring file: a number (<c>12</c>, <c>0.5</c>, <c>"+3"</c>), a blank (<c>""</c>
/// or <c>~</c>), a placeholder (<c>"/"</c>, <c>"—"</c>), or — in a file converted from a document — the unreadable
/// text as it was printed.
/// </summary>
internal static class AuthoringCells
{
    /// <summary>The cell, or null when it is not a value a person may type (the caller reports it).</summary>
    public static CellValue? Parse(YamlNode node, bool asRead)
    {
        if (node is not YamlScalarNode scalar)
        {
            return null;
        }

        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && text is "" or "~" or "null" or "Null" or "NULL")
        {
            return CellValue.Blank();
        }

        var parsed = CellParser.Parse(text.Trim()).Value;
        return parsed.State switch
        {
            CellState.Number => parsed.Raw == Canonical(parsed.Number) ? CellValue.Of(parsed.Number) : CellValue.Of(parsed.Number, parsed.Raw),
            CellState.Blank => CellValue.Blank(),
            CellState.Placeholder => CellValue.Placeholder(parsed.Raw),
            _ => asRead ? CellValue.Unreadable(text) : null,
        };
    }

    /// <summary>How a cell is written: plain digits for an ordinary number, a quoted string otherwise.</summary>
    public static string Format(CellValue value)
    {
        switch (value.State)
        {
            case CellState.Number:
                var canonical = Canonical(value.Number);
                var raw = value.Raw;
                if (raw.Length == 0 || raw == canonical)
                {
                    return canonical;
                }

                var again = CellParser.Parse(raw).Value;
                return again.IsNumber && again.Number == value.Number ? YamlText.Quote(raw) : canonical;
            case CellState.Placeholder:
            case CellState.Unreadable:
                return YamlText.Quote(value.Raw);
            default:
                return "\"\"";
        }
    }

    public static string Canonical(decimal number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
