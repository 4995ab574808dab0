namespace Gongkai.Formats.Writing;

/// <summary>The report's title ("某某局2025年政府信息公开工作年度报告").</summary>
public sealed record TitleBlock(string Text) : OutlineBlock;
