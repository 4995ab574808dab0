using System.Reflection;
using Gongkai.Reports;

namespace Gongkai.Tests;

/// <summary>The model's types are immutable (after NodaTime's MutabilityTest): no public setters, no writable fields.</summary>
public sealed class ImmutabilityTests
{
    [Fact]
    public void ModelTypes_HaveNoPublicSettersOrWritableFields()
    {
        var types = typeof(ReportModel).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "Gongkai.Reports" or "Gongkai.Schema" or "Gongkai.Text" or "Gongkai.Labels" or "Gongkai.Diagnostics")
            .Where(t => t.Name != "Builder" && !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed))
            .ToList();
        Assert.NotEmpty(types);
        var problems = new List<string>();
        foreach (var t in types)
        {
            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = p.SetMethod;
                if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                {
                    problems.Add($"{t.Name}.{p.Name} has a public setter");
                }
            }

            foreach (var f in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (!f.IsInitOnly && !f.Name.Contains("BackingField", StringComparison.Ordinal))
                {
                    problems.Add($"{t.Name}.{f.Name} is a writable field");
                }
            }
        }

        Assert.Empty(problems);
    }
}
