using System.Collections.Immutable;
using Gongkai.Rules.Arithmetic;

namespace Gongkai.Rules;

/// <summary>
/// The rules of the national catalogue, in the order of docs/rules.md. IDs follow the spec's §4 and are never reused;
/// rules of our own that the spec does not name (L1) have IDs outside its series.
/// </summary>
public static class RuleCatalog
{
    public static ImmutableArray<IReportRule> All { get; } =
    [
        new A1RowSumRule(),
    ];

    public static IReportRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}
