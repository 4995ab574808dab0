namespace Gongkai.Cases.Domain;

/// <summary>One yearly figure of table 1 (行政许可 decisions in 2025, fees collected in 万元, …).</summary>
public sealed record ProactiveCount(int Year, ProactiveItem Item, ProactiveMeasure Measure, decimal Value);
