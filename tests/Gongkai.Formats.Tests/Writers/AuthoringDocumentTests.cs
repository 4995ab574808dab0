using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Formats.Authoring;
using Gongkai.Localization;
using Gongkai.Rules;

namespace Gongkai.Tests.Writers;

/// <summary>docs/authoring.md as a test: its complete example reads and checks clean, and the message it shows is the one given.</summary>
public sealed class AuthoringDocumentTests
{
    private static string Example()
    {
        var doc = File.ReadAllText(TestPaths.Repo("docs", "authoring.md"));
        var m = Regex.Match(doc, "```yaml\n(?<y>.*?)```", RegexOptions.Singleline);
        Assert.True(m.Success, "docs/authoring.md has no yaml example");
        return m.Groups["y"].Value;
    }

    [Fact]
    public void Example_ReadsAndChecksClean()
    {
        var read = AuthoringFile.Read(Example(), "authoring.md");
        Assert.Empty(read.Diagnostics);
        var audit = Auditor.Default.Audit(read.Value!, read.Diagnostics);
        Assert.True(audit.Errors == 0 && audit.Warnings == 0, string.Join("\n", audit.Findings.Select(f => f.Id + " " + MessageFormatter.Format(f, Rules.Messages.RuleMessages.Catalog, Language.Zh))));
        var written = WriterRoundTrip.WriteAndRead(read.Value!, "md");
        ModelComparer.AssertSame(read.Value!, written, "the example as Markdown");
        Assert.Equal(0, Auditor.Default.Audit(written).Errors);
    }

    [Fact]
    public void Example_WithAWrongTotal_GivesTheMessageShown()
    {
        var yaml = Example().Replace("  new: [12, 3, 0, 1, 1, 0]", "  new: [12, 3, 0, 1, 1, 0, 18]", StringComparison.Ordinal);
        var d = Assert.Single(AuthoringFile.Read(yaml).Diagnostics);
        var line = $"错误 {d.Id} {d.Primary.ToDisplayString()} {MessageFormatter.Format(d, AuthoringMessages.Catalog, Language.Zh)}";
        Assert.Contains(line, File.ReadAllText(TestPaths.Repo("docs", "authoring.md")));
    }
}
