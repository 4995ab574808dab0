using Gongkai.Schema;

namespace Gongkai.Cases.Storage;

/// <summary>
/// A year's published report: from then on the year is locked. The tables as published are kept (cell id → value
/// JSON) with their hash, so a later, explicitly recorded correction shows as a mismatch.
/// </summary>
public sealed record Publication(int Year, ReportEdition Edition, DateTimeOffset PublishedAt, string Actor, string TablesHash, string TablesJson);
