namespace Gongkai.Formats.Writing;

/// <summary>One of the three tables (or one block of table 1), laid out as the format prints it.</summary>
/// <param name="ContinuesPrevious">
/// True for the second and later blocks of table 1: the same printed table goes on, with columns of its own, so the
/// block is set directly under the previous one.
/// </param>
public sealed record TableBlock(TableGrid Grid, bool ContinuesPrevious = false) : OutlineBlock;
