using Gongkai.Formats;
using Gongkai.Reports;

namespace Gongkai.Tests.Writers;

/// <summary>Writes a model with one writer and reads the bytes back with whatever reader Gongkai detects.</summary>
internal static class WriterRoundTrip
{
    /// <summary>The reader format that reads what each writer writes.</summary>
    public static string ReaderFor(string writer) => writer switch
    {
        "txt" or "md" => "text",
        _ => writer,
    };

    /// <summary>Skips the test while the reader of <paramref name="writer"/>'s output is not registered (it is being written on another branch).</summary>
    public static void SkipUnlessReadable(string writer)
    {
        var reader = ReaderFor(writer);
        Skip.If(FormatRegistry.Default.Formats.All(f => f.Name != reader), $"no {reader} reader is registered yet: the {writer} round trip runs once it is merged");
    }

    public static byte[] Write(ReportModel model, string format)
    {
        var writer = FormatRegistry.Default.FindWriter(format);
        Assert.NotNull(writer);
        using var ms = new MemoryStream();
        var result = writer!.Write(model, ms, WriterOptions.Default);
        Assert.True(result.Written, $"{format} writer did not write: {string.Join("; ", result.Diagnostics.Select(d => d.Id))}");
        return ms.ToArray();
    }

    public static ReportModel WriteAndRead(ReportModel model, string format)
    {
        var bytes = Write(model, format);
        var read = FormatRegistry.Default.Read(new ReportSource("written" + FormatRegistry.Default.FindWriter(format)!.Extension, bytes));
        Assert.True(read.Value is not null, $"the written {format} could not be read: {string.Join("; ", read.Diagnostics.Select(d => d.Id))}");
        return read.Value!;
    }
}
