namespace Gongkai.Formats.Writing;

/// <summary>
/// One block of a report as every writer prints it, in reading order: the title, a section heading, a paragraph of
/// prose, or a table. Writers dispatch on the type, one small renderer per kind of block.
/// </summary>
public abstract record OutlineBlock;
