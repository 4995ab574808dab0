namespace Gongkai.Rules;

/// <summary>Placeholder until the catalogue document generator lands.</summary>
public static class RulesDocument
{
    public static string ToMarkdown() => string.Join("\n", RuleCatalog.All.Select(r => "- " + r.Descriptor.Id + " " + r.Descriptor.Title)) + "\n";
}
