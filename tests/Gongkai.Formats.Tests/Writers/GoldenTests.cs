using Gongkai.Formats.Authoring;
using Gongkai.Schema;

namespace Gongkai.Tests.Writers;

/// <summary>
/// Each sample as each writer renders it, against reviewed golden files in tests/corpus/writers (DOCX as the indented
/// XML of word/document.xml). UPDATE_GOLDEN=1 rewrites them; review the diff.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Corpus.Samples)
        {
            foreach (var format in new[] { "txt", "md", "html", "docx", "yaml" })
            {
                data.Add(Path.GetFileName(path), format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_RendersAsReviewed(string sample, string format)
    {
        var model = SampleRoundTripTests.Read(TestPaths.Repo("samples", sample));
        var bytes = WriterRoundTrip.Write(model, format);
        var text = format == "docx" ? DocxWriterTests.DocumentXml(bytes) : System.Text.Encoding.UTF8.GetString(bytes);
        var name = Path.GetFileNameWithoutExtension(sample) + "." + (format == "docx" ? "docx.xml" : format);
        Golden.Verify(TestPaths.Repo("tests", "corpus", "writers", name), text);
    }

    [Theory]
    [InlineData(2025, ReportEdition.National2021)]
    [InlineData(2020, ReportEdition.Trial2019)]
    public void NewFile_IsAsReviewed(int year, ReportEdition edition)
    {
        Golden.Verify(TestPaths.Repo("tests", "corpus", "writers", $"new-{(int)edition}.yaml"), AuthoringFile.New(year, "某某市某某局", edition));
    }
}
