using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Tests;

public sealed partial class CatalogueTests
{
    [Fact]
    public void RuleIds_AreUnique()
    {
        var ids = RuleCatalog.All.Select(r => r.Descriptor.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void EveryRuleClass_IsInTheCatalogue_Once()
    {
        var types = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => typeof(IReportRule).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface)
            .ToHashSet();
        Assert.Equal(types.OrderBy(t => t.Name), RuleCatalog.All.Select(r => r.GetType()).OrderBy(t => t.Name));
        Assert.All(types, t => Assert.True(t.IsSealed, t.Name));
    }

    [Fact]
    public void EveryRule_HasItsIdConstant_AndItsStaticDescriptor()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var t = rule.GetType();
            Assert.Equal(rule.Descriptor.Id, t.GetField("Id")!.GetValue(null));
            Assert.Same(rule.Descriptor, t.GetProperty("Rule")!.GetValue(null));
            Assert.StartsWith(rule.Descriptor.Id, t.Name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Catalogue_IsInChapterOrder()
    {
        const string Order = "ANFLPY";
        var chapters = RuleCatalog.All.Select(r => Order.IndexOf(r.Descriptor.Id[0], StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, chapters);
        Assert.Equal(chapters.Order(), chapters);
        foreach (var group in RuleCatalog.All.GroupBy(r => r.Descriptor.Id[0]))
        {
            var numbers = group.Select(r => int.Parse(r.Descriptor.Id[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(numbers.Order(), numbers);
        }
    }

    [Fact]
    public void EveryMessageKey_ExistsInBothLanguages_WithTheSamePlaceholders()
    {
        var catalog = RuleMessages.Catalog;
        var keys = CommonMessages.All.Select(m => m.Key).Concat(RuleCatalog.All.SelectMany(r => r.Descriptor.Messages).Select(m => m.Key)).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        foreach (var key in keys)
        {
            var zh = catalog.Find(key, Language.Zh);
            var en = catalog.Find(key, Language.En);
            Assert.False(string.IsNullOrWhiteSpace(zh), key);
            Assert.False(string.IsNullOrWhiteSpace(en), key);
            Assert.True(Placeholders(zh!).SetEquals(Placeholders(en!)), key + ": " + zh + " / " + en);
        }
    }

    [Fact]
    public void EveryMessageKey_IsPrefixedWithItsRule_AndDescriptorsAreComplete()
    {
        foreach (var d in RuleCatalog.All.Select(r => r.Descriptor))
        {
            Assert.NotEmpty(d.Messages);
            Assert.All(d.Messages, m => Assert.StartsWith(d.Id + ".", m.Key, StringComparison.Ordinal));
            Assert.All(new[] { d.Title, d.TitleEn, d.Description, d.DescriptionEn }, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        }
    }

    [Fact]
    public void Findings_OnlyUseArgumentsTheirTemplateNames()
    {
        // a dirty report that makes many rules speak
        var report = TestReport.Clean2021()
            .Set(SchemaIdsForTests.NewTotal, 99).Blank(SchemaIdsForTests.GrantedResearch)
            .Prose(Schema.SectionId.Overview, "本年度未收到政府信息公开申请，办结 3 件，其中自然人 2 件、商业企业 2 件。")
            .Build();
        var audit = Auditor.Default.Audit(report);
        Assert.NotEmpty(audit.Findings);
        foreach (var f in audit.Findings)
        {
            var template = RuleMessages.Catalog.Find(f.MessageKey, Language.Zh);
            Assert.NotNull(template);
            var names = Placeholders(template!);
            Assert.True(names.SetEquals(f.Args.Select(a => a.Name)), f.MessageKey + ": " + string.Join(",", f.Args.Select(a => a.Name)));
        }
    }

    [Fact]
    public void EveryReason_IsAKnownMessage_WithItsArguments()
    {
        var reports = new[]
        {
            TestReport.Clean2021().Build(),
            TestReport.Clean2019().Build(),
            TestReport.Clean2021().ClearProse(preamble: true).NoLabels().Body(null).Title(null).Year(null).NoPeriod().Build(),
            TestReport.Clean2021().DropTable(Schema.TableId.Applications).DropTable(Schema.TableId.Appeals).DropSection(Schema.SectionId.Overview).Build(),
            TestReport.Clean2021().Build() with { Sections = [], Preamble = [], SourceLength = 0 },
        };
        var contexts = new[] { RuleContext.Default, new RuleContext { Prior = TestReport.Clean2019().Build() } };
        var seen = 0;
        foreach (var report in reports)
        {
            foreach (var context in contexts)
            {
                foreach (var result in Auditor.Default.Audit(report, default, context).Results)
                {
                    if (result.Reason is not { } reason)
                    {
                        Assert.NotEqual(RuleStatus.NotAssessable, result.Status);
                        Assert.Equal(0, result.Unassessed);
                        continue;
                    }

                    seen++;
                    var template = RuleMessages.Catalog.Find(reason.MessageKey, Language.Zh);
                    Assert.True(template is not null, result.RuleId + ": " + reason.MessageKey);
                    Assert.True(Placeholders(template!).SetEquals(reason.Args.Select(a => a.Name)), result.RuleId + ": " + reason.MessageKey);
                }
            }
        }

        Assert.True(seen > 50);
    }

    private static HashSet<string> Placeholders(string template) =>
        [.. PlaceholderRegex().Matches(template).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex PlaceholderRegex();
}

internal static class SchemaIdsForTests
{
    public static readonly string NewTotal = Schema.SchemaIds.T2.Cell(Schema.SchemaIds.T2.New, Schema.SchemaIds.T2.Total);
    public static readonly string GrantedResearch = Schema.SchemaIds.T2.Cell(Schema.SchemaIds.T2.Granted, Schema.SchemaIds.T2.Research);
}
