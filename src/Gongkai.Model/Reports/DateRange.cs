namespace Gongkai.Reports;

/// <summary>A range of dates; both ends are included ("2023年1月1日至2023年12月31日").</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End);
