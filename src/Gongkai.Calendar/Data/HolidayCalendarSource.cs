using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Calendar.Data;

/// <summary>
/// The standard <see cref="IHolidayCalendarSource"/>: the data embedded in this assembly
/// (<c>data/holidays/cn-holidays.json</c>), or data the caller has read from elsewhere.
/// </summary>
/// <remarks>
/// This type does no file or network I/O of its own: <see cref="FromJson(string, string)"/> and <see cref="FromStream"/> take
/// what the caller opened. Reading throws <see cref="HolidayDataFormatException"/> only when the text cannot be read
/// as the format at all; everything else is reported by <see cref="Validate"/>.
/// </remarks>
public sealed class HolidayCalendarSource : IHolidayCalendarSource
{
    /// <summary>The manifest name of the embedded data.</summary>
    public const string EmbeddedResourceName = "Gongkai.Calendar.cn-holidays.json";

    private static readonly Lazy<HolidayCalendarSource> LazyEmbedded = new(LoadEmbedded);
    private readonly Lazy<string> _contentHash;
    private readonly Lazy<ImmutableArray<Diagnostic>> _issues;

    private HolidayCalendarSource(HolidayDataSet data, string origin)
    {
        Data = data;
        Origin = origin;
        _contentHash = new(data.ComputeContentHash);
        _issues = new(() => HolidayDataValidator.Validate(data));
    }

    /// <summary>The data shipped with this assembly.</summary>
    public static HolidayCalendarSource Embedded => LazyEmbedded.Value;

    public HolidayDataSet Data { get; }

    /// <summary>Where the data came from ("embedded", or the name the caller gave).</summary>
    public string Origin { get; }

    public string VersionId => Data.VersionId;

    public string ContentHash => _contentHash.Value;

    public ImmutableArray<Diagnostic> Validate() => _issues.Value;

    /// <summary>Data from JSON text in the format of docs/calendar.md.</summary>
    public static HolidayCalendarSource FromJson(string json, string origin = "json")
    {
        ArgumentNullException.ThrowIfNull(json);
        return new(HolidayDataReader.Read(System.Text.Encoding.UTF8.GetBytes(json)), origin);
    }

    /// <summary>Data from UTF-8 JSON.</summary>
    public static HolidayCalendarSource FromUtf8(ReadOnlySpan<byte> utf8Json, string origin = "json") =>
        new(HolidayDataReader.Read(utf8Json), origin);

    /// <summary>Data from a stream the caller opened (read to its end, not closed).</summary>
    public static HolidayCalendarSource FromStream(Stream stream, string origin = "stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromUtf8(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), origin);
    }

    /// <summary>A data set built in code (tests, tools that edit data).</summary>
    public static HolidayCalendarSource FromDataSet(HolidayDataSet data, string origin = "data set")
    {
        ArgumentNullException.ThrowIfNull(data);
        return new(data, origin);
    }

    /// <summary>The same data as it could be known on <paramref name="asOf"/> (see <see cref="HolidayDataSet.AsOf"/>).</summary>
    public HolidayCalendarSource AsOf(DateOnly asOf) => new(Data.AsOf(asOf), $"{Origin} as of {DateText.Iso(asOf)}");

    private static HolidayCalendarSource LoadEmbedded()
    {
        using var stream = typeof(HolidayCalendarSource).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"embedded resource {EmbeddedResourceName} is missing from the build");
        return FromStream(stream, "embedded");
    }
}
