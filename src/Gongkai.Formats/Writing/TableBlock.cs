namespace Gongkai.Formats.Writing;

/// <summary>One of the three tables, laid out as the format prints it.</summary>
public sealed record TableBlock(TableGrid Grid) : OutlineBlock;
