namespace Gongkai.Labels;

/// <summary>What a printed label names.</summary>
public enum LabelKind
{
    Row = 0,
    Group = 1,
    Column = 2,
    Block = 3,
    Header = 4,
    Note = 5,
}
