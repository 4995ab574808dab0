using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.PlainText;

namespace Gongkai.Tests.Assembly;

/// <summary>
/// The body of a document without a title (an article body copied without its heading) comes from the preamble's
/// sentence on who compiled the report, traced to it and reported; a name that is not a body's is not taken.
/// </summary>
public sealed class MetadataTests
{
    private static readonly string[] Lines = File.ReadAllLines(TestPaths.Repo("samples", "clean-2023-linchuan-civil.txt"));

    /// <summary>The sample without its title line, with <paramref name="preamble"/> in its place.</summary>
    private static Reports.ReportModel ReadWithout(string preamble, out ReadResult<Reports.ReportModel> result)
    {
        var text = string.Join('\n', Lines.Skip(1).Prepend(preamble));
        result = PlainTextReader.Instance.ReadText("untitled", text);
        Assert.NotNull(result.Value);
        return result.Value!;
    }

    [Theory]
    [InlineData("本报告由临川县民政局根据《条例》要求编制。", "临川县民政局")]
    [InlineData("本年度报告是由临川县民政局按照上级要求编制的。", "临川县民政局")]
    [InlineData("本报告汇总临川县各有关单位政府信息公开工作情况编制而成。", "临川县")]
    [InlineData("本报告汇总临川县城乡建设综合实验区各部门情况编制。", "临川县城乡建设综合实验区")]
    [InlineData("本報告由臨川縣民政局根據《條例》要求編製。", "臨川縣民政局")]
    public void Untitled_BodyFromTheCompilingSentence_TracedAndReported(string preamble, string body)
    {
        var model = ReadWithout(preamble, out var result);
        Assert.Equal(body, model.Metadata.Body?.Value);
        var where = model.Metadata.Body!.Value.Where;
        Assert.Equal(body, preamble.Substring(where.Span.Start, where.Span.Length));
        var d = Assert.Single(result.Diagnostics, d => d.Id == ReaderMessages.BodyFromProse);
        Assert.Equal(Severity.Info, d.Severity);
    }

    [Theory]
    [InlineData("本报告由本机关根据《条例》要求编制。")]
    [InlineData("本报告汇总各部门情况编制而成。")]
    [InlineData("本报告由办公室负责编制。")]
    [InlineData("本报告根据《条例》编制，数据截至年底。")]
    public void Untitled_NoBodyName_NoneTaken(string preamble)
    {
        var model = ReadWithout(preamble, out var result);
        Assert.Null(model.Metadata.Body);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == ReaderMessages.BodyFromProse);
    }

    [Fact]
    public void Titled_TheTitleDecides_AndNothingIsReported()
    {
        var text = string.Join('\n', Lines.Take(1).Append("本报告由另一个县民政局编制。").Concat(Lines.Skip(1)));
        var result = PlainTextReader.Instance.ReadText("titled", text);
        Assert.Equal("临川县民政局", result.Value!.Metadata.Body?.Value);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == ReaderMessages.BodyFromProse);
    }
}
