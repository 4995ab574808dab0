using Gongkai.Formats;
using Gongkai.Reports;

namespace Gongkai.Tests.Writers;

/// <summary>Every sample, read, written in each format Gongkai reads, and read again, gives the same model.</summary>
public sealed class SampleRoundTripTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Corpus.Samples)
        {
            foreach (var format in new[] { "txt", "md", "html", "docx", "pdf" })
            {
                data.Add(Path.GetFileName(path), format);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Sample_WrittenAndReadBack_GivesTheSameModel(string sample, string format)
    {
        WriterRoundTrip.SkipUnlessReadable(format);
        var model = Read(TestPaths.Repo("samples", sample));
        var back = WriterRoundTrip.WriteAndRead(model, format);
        ModelComparer.AssertSame(model, back, $"{sample} as {format}", cjkSpacing: format != "pdf");
    }

    internal static ReportModel Read(string path)
    {
        var read = FormatRegistry.Default.Read(ReportSource.FromFile(path));
        Assert.NotNull(read.Value);
        return read.Value!;
    }
}
