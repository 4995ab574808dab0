using Gongkai.Formats.PlainText;
using Gongkai.Reports;
using Gongkai.Rules;
using Gongkai.Schema;

namespace Gongkai.Tests;

/// <summary>
/// Changing any single number of tables 2 and 3 of a clean report — in the document's text, then reading and auditing
/// it again — makes at least one arithmetic rule fail: every one of those cells is constrained by the tables.
/// </summary>
public sealed class SingleNumberChangeTests
{
    private static readonly string[] Arithmetic = ["A1", "A2", "A3", "A4"];

    public static IEnumerable<object[]> CleanDocuments()
    {
        foreach (var s in Corpus.Samples.Where(p => Path.GetFileName(p).StartsWith("clean-", StringComparison.Ordinal) || Path.GetFileName(p).StartsWith("pair-", StringComparison.Ordinal)))
        {
            yield return [Path.GetFileName(s)];
        }
    }

    [Theory]
    [MemberData(nameof(CleanDocuments))]
    public void Sample_EveryConstrainedCell(string file) => Check(File.ReadAllText(TestPaths.Repo("samples", file)));

    [SkippableTheory]
    [InlineData("000_ba9ec7d82c59e2fc")]
    [InlineData("001_7e39dacb3fc4a107")]
    [InlineData("002_c4cb64a14b625d7c")]
    [InlineData("003_b91855295a9e5c8e")]
    public void Example_EveryConstrainedCell(string name)
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        Check(File.ReadAllText(Corpus.ExamplePath(name)));
    }

    private static void Check(string text)
    {
        var original = PlainTextReader.Instance.ReadText("x", text).Value!;
        var before = Auditor.Default.Audit(original);
        Assert.All(Arithmetic, id => Assert.Equal(RuleStatus.Pass, before.Result(id)!.Status));
        var changed = 0;
        foreach (var f in original.Schema.Applications.Fields.Concat(original.Schema.Appeals.Fields))
        {
            var cell = original.Tables[f];
            if (!cell.Value.IsNumber)
            {
                continue;
            }

            var span = cell.Where.Span;
            var replacement = (cell.Value.Number + 1 + (f.Index % 3)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var edited = text[..span.Start] + replacement + text[span.End..];
            var model = PlainTextReader.Instance.ReadText("edited", edited).Value!;
            Assert.Equal(cell.Value.Number + 1 + (f.Index % 3), model.Tables[f].Value.Number);
            var audit = Auditor.Default.Audit(model);
            Assert.True(Arithmetic.Any(id => audit.Result(id)!.Status == RuleStatus.Fail), $"changing {f.Id} went unnoticed");
            changed++;
        }

        Assert.True(changed >= 175, $"only {changed} cells changed");
    }
}
