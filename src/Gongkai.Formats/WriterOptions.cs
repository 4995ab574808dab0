namespace Gongkai.Formats;

/// <summary>How a writer renders a report.</summary>
public sealed record WriterOptions
{
    public static WriterOptions Default { get; } = new();

    /// <summary>Language of the few words a writer adds itself (page numbers, notes); the report's own text is Chinese.</summary>
    public Diagnostics.Language Language { get; init; } = Diagnostics.Language.Zh;
}
