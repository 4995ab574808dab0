namespace Gongkai.Formats.Authoring;

/// <summary>The authoring file: a report written by hand (or converted from a document) as YAML. See docs/authoring.md.</summary>
public sealed class AuthoringFormat : IReportFormat
{
    public static AuthoringFormat Instance { get; } = new();

    public string Name => "yaml";

    public IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml"];

    public IFormatDetector Detector => AuthoringDetector.Instance;

    public IReportReader Reader => AuthoringReader.Instance;
}
