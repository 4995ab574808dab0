using Gongkai.Schema;

namespace Gongkai.Formats.Writing;

/// <summary>The heading of one of the six sections ("一、总体情况").</summary>
public sealed record HeadingBlock(SectionId Section, string Text) : OutlineBlock;
