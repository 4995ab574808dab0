using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Rules;

/// <summary>
/// A rule's conclusion on one report: its status, its findings, and how many of its checks it could make.
/// A rule that checks 25 rows of which 8 are present passes with <see cref="Checked"/> = 8 and
/// <see cref="Unassessed"/> = 17 when those 8 hold.
/// </summary>
public sealed record RuleResult(RuleDescriptor Rule, RuleStatus Status, ImmutableArray<Diagnostic> Findings, int Checked, int Unassessed, RuleReason? Reason)
{
    public string RuleId => Rule.Id;
}
