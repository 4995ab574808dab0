namespace Gongkai.Labels;

/// <summary>The editions a label belongs to.</summary>
[Flags]
public enum EditionSet
{
    None = 0,
    Trial2019 = 1,
    National2021 = 2,
    Both = Trial2019 | National2021,
}
