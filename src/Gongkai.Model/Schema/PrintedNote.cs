namespace Gongkai.Schema;

/// <summary>A note the format prints inside a table, such as the 勾稽关系 rule or the unit 万元.</summary>
/// <param name="Key">Stable key: "balance", "partial_once", "unit_10k_yuan".</param>
/// <param name="Text">The official text.</param>
/// <param name="Marker">A short distinctive part of the text, found in any faithful copy.</param>
public sealed record PrintedNote(string Key, string Text, string English, string Marker);
