namespace Gongkai.Diagnostics;

/// <summary>The language of user-facing text: Simplified Chinese first, English second.</summary>
public enum Language
{
    Zh = 0,
    En = 1,
}
