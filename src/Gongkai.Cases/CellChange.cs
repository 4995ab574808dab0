namespace Gongkai.Cases;

/// <summary>A cell whose value now differs from the published report.</summary>
public sealed record CellChange(string FieldId, string Label, string Published, string Now);
