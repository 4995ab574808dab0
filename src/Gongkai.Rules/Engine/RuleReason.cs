using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Rules;

/// <summary>Why a rule could not assess a report (or part of it): a message key and its arguments.</summary>
public sealed record RuleReason(string MessageKey, ImmutableArray<MessageArg> Args)
{
    public static RuleReason Of(string key, params MessageArg[] args) => new(key, [.. args]);
}
