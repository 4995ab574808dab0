using FsCheck;
using FsCheck.Fluent;
using Gongkai.Formats.Authoring;

namespace Gongkai.Tests.Writers;

/// <summary>
/// For every writer whose format Gongkai reads, reading the written document gives back the model: every cell's
/// state and value, the edition, the metadata and every paragraph — over random reports of both editions, as an
/// authoring file makes them and as readers find them (blanks, placeholders, totals as printed).
/// </summary>
public sealed class RoundTripPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);

    [SkippableTheory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("pdf")]
    public void AuthoredReports_ReadBackTheSame(string format)
    {
        WriterRoundTrip.SkipUnlessReadable(format);
        Prop.ForAll(RandomReports.Seeds.ToArbitrary(), seed => Same(RandomReports.Authored(seed), format, seed)).Check(Runs);
    }

    [SkippableTheory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("pdf")]
    public void ReportsAsRead_ReadBackTheSame(string format)
    {
        WriterRoundTrip.SkipUnlessReadable(format);
        Prop.ForAll(RandomReports.Seeds.ToArbitrary(), seed => Same(RandomReports.AsRead(seed), format, seed)).Check(Runs);
    }

    [Fact]
    public void AuthoredReports_ThroughTheAuthoringFile_ReadBackTheSame()
    {
        Prop.ForAll(RandomReports.Seeds.ToArbitrary(), seed => SameYaml(RandomReports.Authored(seed), seed)).Check(Runs);
    }

    [Fact]
    public void ReportsAsRead_ThroughTheAuthoringFile_ReadBackTheSame()
    {
        Prop.ForAll(RandomReports.Seeds.ToArbitrary(), seed => SameYaml(RandomReports.AsRead(seed), seed)).Check(Runs);
    }

    private static bool Same(Reports.ReportModel model, string format, int seed)
    {
        var back = WriterRoundTrip.WriteAndRead(model, format);
        var diff = ModelComparer.Differences(model, back, cjkSpacing: format != "pdf");
        Assert.True(diff.Length == 0, $"seed {seed}, {format}:\n{diff}");
        return true;
    }

    private static bool SameYaml(Reports.ReportModel model, int seed)
    {
        var yaml = AuthoringFile.Write(model);
        var read = AuthoringFile.Read(yaml);
        Assert.True(read.Value is not null && !read.HasErrors, $"seed {seed}: {string.Join("; ", read.Diagnostics.Select(d => d.Id + " " + d.Primary.ToDisplayString()))}\n{yaml}");
        var diff = ModelComparer.Differences(model, read.Value!);
        Assert.True(diff.Length == 0, $"seed {seed}, yaml:\n{diff}");
        return true;
    }
}
