namespace Gongkai.Rules.Tests;

public sealed class RulesDocumentTests
{
    [Fact]
    public void DocsRulesMd_IsUpToDate()
    {
        var path = Path.Combine(Gongkai.Tests.TestPaths.RepoRoot, "docs", "rules.md");
        var generated = RulesDocument.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), "docs/rules.md is missing: run the tests with UPDATE_GOLDEN=1");
        var onDisk = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(onDisk == generated, "docs/rules.md is stale: run the tests with UPDATE_GOLDEN=1 and review the diff");
    }

    [Fact]
    public void Document_HasEveryRule_WithItsMessages()
    {
        var doc = RulesDocument.Generate();
        foreach (var d in RuleCatalog.All.Select(r => r.Descriptor))
        {
            Assert.Contains("\n## " + d.Id + "\n", doc, StringComparison.Ordinal);
            Assert.All(d.Messages, m => Assert.Contains("`" + m.Key + "`", doc, StringComparison.Ordinal));
            if (d.SeverityNote is not null)
            {
                Assert.Contains(d.SeverityNote, doc, StringComparison.Ordinal);
            }
        }
    }
}
