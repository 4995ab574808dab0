namespace Gongkai.Text;

/// <summary>A value together with the place in the source it was read from.</summary>
public readonly record struct Sourced<T>(T Value, SourceRef Where);
