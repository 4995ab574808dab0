namespace Gongkai.Formats;

/// <summary>How a reader treats its input.</summary>
public sealed record ReaderOptions
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>Files larger than this are refused (default 64 MiB).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The URL the document was found at, recorded in the metadata.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Lenient (default) reads what it can and reports the rest; strict refuses a document with reading errors.</summary>
    public ContentIntegrity Integrity { get; init; } = ContentIntegrity.Lenient;
}
