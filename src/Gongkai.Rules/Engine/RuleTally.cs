using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Rules;

/// <summary>
/// Counts a rule's checks as it makes them and builds its <see cref="RuleResult"/>: fail if any check failed,
/// not assessable if none could be made, pass otherwise.
/// </summary>
public sealed class RuleTally
{
    private readonly RuleDescriptor _rule;
    /// <summary>Created on the first finding: most rules on most reports find nothing.</summary>
    private ImmutableArray<Diagnostic>.Builder? _findings;
    private int _checked;
    private int _unassessed;
    private RuleReason? _reason;
    private bool _failed;

    public RuleTally(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rule = rule;
    }

    public int Checked => _checked;

    public void Pass() => _checked++;

    /// <summary>A check that failed, with its finding.</summary>
    public void Fail(Diagnostic finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        _checked++;
        _failed = true;
        (_findings ??= ImmutableArray.CreateBuilder<Diagnostic>()).Add(finding);
    }

    /// <summary>A finding that is not a failed check (an info-level note from a passing check).</summary>
    public void Note(Diagnostic finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        (_findings ??= ImmutableArray.CreateBuilder<Diagnostic>()).Add(finding);
    }

    /// <summary>A check that could not be made; the first reason given is kept.</summary>
    public void NotAssessable(RuleReason reason)
    {
        _unassessed++;
        _reason ??= reason;
    }

    /// <summary>A finding of this rule at the rule's severity, citing cells (whose spans become the places).</summary>
    public Diagnostic Finding(string messageKey, ReportModel report, IEnumerable<string> cells, params MessageArg[] args) =>
        Finding(messageKey, report, cells, SourceRef.None, _rule.Severity, args);

    public Diagnostic Finding(string messageKey, ReportModel report, IEnumerable<string> cells, SourceRef primary, Severity severity, params MessageArg[] args)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(cells);
        var ids = cells.ToImmutableArray();
        var places = ImmutableArray.CreateBuilder<SourceRef>();
        foreach (var id in ids)
        {
            if (report.Schema.TryGetField(id, out var f))
            {
                var w = report.Tables[f].Where;
                if (!w.IsNone)
                {
                    places.Add(w);
                }
            }
        }

        if (primary.IsNone && places.Count > 0)
        {
            primary = places[0];
            places.RemoveAt(0);
        }

        return new Diagnostic(_rule.Id, severity, messageKey, [.. args], primary, places.ToImmutable()) { Cells = ids };
    }

    public RuleResult Build()
    {
        var status = _failed ? RuleStatus.Fail : _checked == 0 ? RuleStatus.NotAssessable : RuleStatus.Pass;
        var reason = status == RuleStatus.Pass && _unassessed == 0 ? null : _reason;
        if (status == RuleStatus.NotAssessable && reason is null)
        {
            // nothing was attempted at all (no cells, no labels, no statements): say so rather than give no reason
            reason = RuleReason.Of(Messages.CommonMessages.NothingToCheck);
        }

        return new RuleResult(_rule, status, _findings?.ToImmutable() ?? [], _checked, _unassessed, reason);
    }

    /// <summary>A result that could not be assessed at all.</summary>
    public static RuleResult NotAssessable(RuleDescriptor rule, RuleReason reason) => new(rule, RuleStatus.NotAssessable, [], 0, 1, reason);
}
