using System.Globalization;

namespace Gongkai.Reports;

/// <summary>The content of one table cell: exactly one of number, blank, placeholder, absent or unreadable.</summary>
/// <remarks>
/// Counts and amounts share <see cref="decimal"/>: whether a number suits its column (a non-negative integer count, a
/// decimal in 万元) is for the rules to say, so a "1.5" in a count column is read as 1.5 and reported, not rejected.
/// </remarks>
public readonly record struct CellValue
{
    private CellValue(CellState state, decimal number, string raw)
    {
        State = state;
        Number = number;
        Raw = raw;
    }

    public CellState State { get; }

    /// <summary>The value when <see cref="State"/> is <see cref="CellState.Number"/>; 0 otherwise.</summary>
    public decimal Number { get; }

    /// <summary>The text as printed (after full-width normalisation); empty for absent cells.</summary>
    public string Raw { get; }

    public bool IsNumber => State == CellState.Number;

    public bool IsAbsent => State == CellState.Absent;

    /// <summary>Blank or placeholder: present, but not filled in.</summary>
    public bool IsNotFilled => State is CellState.Blank or CellState.Placeholder;

    public static CellValue Absent => new(CellState.Absent, 0, string.Empty);

    public static CellValue Of(decimal number, string? raw = null) =>
        new(CellState.Number, number, raw ?? number.ToString(CultureInfo.InvariantCulture));

    public static CellValue Blank(string raw = "") => new(CellState.Blank, 0, raw);

    public static CellValue Placeholder(string raw) => new(CellState.Placeholder, 0, raw);

    public static CellValue Unreadable(string raw) => new(CellState.Unreadable, 0, raw);

    /// <summary>The number, or null for any other state.</summary>
    public decimal? AsNumber() => IsNumber ? Number : null;

    public override string ToString() => State switch
    {
        CellState.Number => Number.ToString(CultureInfo.InvariantCulture),
        CellState.Blank => "blank",
        CellState.Placeholder => "placeholder \"" + Raw + "\"",
        CellState.Absent => "absent",
        _ => "unreadable \"" + Raw + "\"",
    };
}
