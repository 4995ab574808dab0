using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Rules;

/// <summary>
/// Reading cells for arithmetic. A number is itself; a blank or placeholder is read as 0 (the customary reading,
/// and rule A5 reports it); an absent or unreadable cell makes the sum not assessable.
/// </summary>
public readonly record struct Operand(decimal Value, bool Assessable, bool ReadBlankAsZero, string? MissingField)
{
    public static Operand Read(ReportModel report, string fieldId)
    {
        ArgumentNullException.ThrowIfNull(report);
        var v = report.Tables[fieldId].Value;
        return v.State switch
        {
            CellState.Number => new Operand(v.Number, true, false, null),
            CellState.Blank or CellState.Placeholder => new Operand(0, true, true, null),
            _ => new Operand(0, false, false, fieldId),
        };
    }

    /// <summary>Reads a cell by its definition: no look-up by ID (the fast path the rules use).</summary>
    public static Operand Read(ReportModel report, FieldDef field)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(field);
        ref readonly var cell = ref report.Tables.Cells.ItemRef(field.Index);
        return cell.Value.State switch
        {
            CellState.Number => new Operand(cell.Value.Number, true, false, null),
            CellState.Blank or CellState.Placeholder => new Operand(0, true, true, null),
            _ => new Operand(0, false, false, field.Id),
        };
    }

    /// <summary>The sum of the cells; not assessable if any is absent or unreadable.</summary>
    public static Operand Sum(ReportModel report, ReadOnlySpan<FieldDef> fields)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = report.Tables.Cells;
        decimal total = 0;
        var blank = false;
        foreach (var f in fields)
        {
            ref readonly var cell = ref cells.ItemRef(f.Index);
            switch (cell.Value.State)
            {
                case CellState.Number:
                    total += cell.Value.Number;
                    break;
                case CellState.Blank or CellState.Placeholder:
                    blank = true;
                    break;
                default:
                    return new Operand(0, false, false, f.Id);
            }
        }

        return new Operand(total, true, blank, null);
    }

    /// <summary>
    /// Whether any of the cells holds a non-zero number: cheaper than a sum when only "all zero?" matters, since it
    /// stops at the first non-zero cell. Not assessable (null) when a cell is absent or unreadable before that.
    /// </summary>
    public static bool? AnyNonZero(ReportModel report, ReadOnlySpan<FieldDef> fields, out string? missingField)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = report.Tables.Cells;
        missingField = null;
        foreach (var f in fields)
        {
            ref readonly var cell = ref cells.ItemRef(f.Index);
            switch (cell.Value.State)
            {
                case CellState.Number when cell.Value.Number != 0:
                    return true;
                case CellState.Number or CellState.Blank or CellState.Placeholder:
                    break;
                default:
                    missingField = f.Id;
                    return null;
            }
        }

        return false;
    }

    /// <summary>The sum of two operands; not assessable if either is not.</summary>
    public Operand Plus(Operand other) =>
        !Assessable ? this : !other.Assessable ? other : new Operand(Value + other.Value, true, ReadBlankAsZero || other.ReadBlankAsZero, null);

    /// <summary>The sum of the cells; not assessable if any is absent or unreadable.</summary>
    public static Operand Sum(ReportModel report, IEnumerable<string> fieldIds)
    {
        ArgumentNullException.ThrowIfNull(fieldIds);
        decimal total = 0;
        var blank = false;
        foreach (var id in fieldIds)
        {
            var o = Read(report, id);
            if (!o.Assessable)
            {
                return o;
            }

            total += o.Value;
            blank |= o.ReadBlankAsZero;
        }

        return new Operand(total, true, blank, null);
    }

    /// <summary>True when the cell is neither absent nor unreadable.</summary>
    public static bool IsPresent(ReportModel report, FieldDef field)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Tables[field].Value.State is not (CellState.Absent or CellState.Unreadable);
    }

    public static bool IsPresent(ReportModel report, string fieldId)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Tables[fieldId].Value.State is not (CellState.Absent or CellState.Unreadable);
    }

    public static FieldDef Field(ReportModel report, string fieldId)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Schema.Field(fieldId);
    }
}
