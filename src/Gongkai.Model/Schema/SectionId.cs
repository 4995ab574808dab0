namespace Gongkai.Schema;

/// <summary>The six sections of the report, in their required order.</summary>
public enum SectionId
{
    Overview = 1,
    Proactive = 2,
    Applications = 3,
    Appeals = 4,
    Problems = 5,
    Other = 6,
}
