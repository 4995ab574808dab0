namespace Gongkai.Formats;

/// <summary>A document to read: its bytes and a name for messages (usually its path).</summary>
public sealed record ReportSource(string Name, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>Reads a file. Throws only for I/O problems (missing file, no permission), never for content.</summary>
    public static ReportSource FromFile(string path) => new(path, File.ReadAllBytes(path));

    public static ReportSource FromText(string name, string text) => new(name, System.Text.Encoding.UTF8.GetBytes(text));
}
