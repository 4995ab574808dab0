using System.Collections.Frozen;
using System.Collections.Immutable;
using Gongkai.Schema;

namespace Gongkai.Labels;

/// <summary>
/// Every label of both editions, looked up by their comparison key. Matching never depends on column position:
/// it is the text that says which row, column or group a cell belongs to.
/// </summary>
public sealed class LabelIndex
{
    private readonly FrozenDictionary<string, ImmutableArray<LabelTarget>> _byCore;
    private readonly FrozenDictionary<string, ImmutableArray<LabelTarget>> _byAliasCore;
    private readonly ImmutableArray<LabelTarget> _all;

    /// <summary>Known misspellings and truncations seen in real reports, by comparison key, with the official core.</summary>
    private static readonly FrozenDictionary<string, string> KnownMisspellings = new Dictionary<string, string>
    {
        ["本年度止件数"] = "本年废止件数",
        ["本年度废止件数"] = "本年废止件数",
        ["本年度办理结束"] = "本年度办理结果",
        ["本年办理结果"] = "本年度办理结果",
        ["其他法律行政止公开"] = "其他法律行政法规禁止公开",
        ["其它法律行政法规禁止公开"] = "其他法律行政法规禁止公开",
        ["其它处理"] = "其他处理",
        ["其它"] = "其他",
        ["其它结果"] = "其他结果",
        ["结转下年度继续办"] = "结转下年度继续办理",
        ["上年结转政府信息公开申请"] = "上年结转政府信息公开申请数量",
        ["本年新收政府信息公开申请"] = "本年新收政府信息公开申请数量",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private LabelIndex(ImmutableArray<LabelTarget> all, Dictionary<string, List<LabelTarget>> aliases)
    {
        _all = all;
        _byCore = all.GroupBy(t => t.Core, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _byAliasCore = aliases.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The labels of both editions.</summary>
    public static LabelIndex Default { get; } = Build(ReportSchema.Edition2021, ReportSchema.Edition2019);

    public ImmutableArray<LabelTarget> Targets => _all;

    /// <summary>Splits the comparison key of <paramref name="text"/> into numbering and core.</summary>
    public static (LabelPrefix Prefix, string Core) Split(string text)
    {
        var key = LabelNormalizer.Key(text);
        return SplitKey(key);
    }

    /// <summary>
    /// Matches printed text. <paramref name="table"/>, when known, keeps fuzzy matching inside one table and ranks
    /// that table's labels first; <paramref name="group"/> ranks the rows of that group first.
    /// </summary>
    public LabelMatch Match(string text, TableId? table = null, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(text);

        // the same labels recur in every report: remember the answers (bounded; results are immutable)
        return _cache.GetOrAdd(this, text, table, group);
    }

    private readonly MatchCache _cache = new();

    internal LabelMatch MatchUncached(string text, TableId? table, string? group)
    {
        var key = LabelNormalizer.Key(text);
        var (prefix, core) = SplitKey(key);
        if (core.Length == 0)
        {
            return new LabelMatch(LabelMatchKind.Unknown, [], 0, prefix, core);
        }

        if (_byCore.TryGetValue(core, out var found))
        {
            var ranked = Rank(found, table, group, prefix);
            var best = ranked[0];
            var kind = text.Trim() == best.Label || (prefix.IsNone && text.Trim() == StripPrefixOf(best.Label)) ? LabelMatchKind.Exact : LabelMatchKind.Typography;
            return new LabelMatch(kind, ranked, 1, prefix, core);
        }

        var simplified = TraditionalChinese.ToSimplified(core);
        if (!ReferenceEquals(simplified, core) && _byCore.TryGetValue(simplified, out found))
        {
            return new LabelMatch(LabelMatchKind.Traditional, Rank(found, table, group, prefix), 1, prefix, core);
        }

        if (_byAliasCore.TryGetValue(simplified, out found))
        {
            return new LabelMatch(LabelMatchKind.Alias, Rank(found, table, group, prefix), 1, prefix, core);
        }

        if (KnownMisspellings.TryGetValue(simplified, out var official) && _byCore.TryGetValue(official, out found))
        {
            return new LabelMatch(LabelMatchKind.Misspelling, Rank(found, table, group, prefix), Similarity(simplified, official), prefix, core);
        }

        return MatchFuzzy(simplified, table, group, prefix, core);
    }

    /// <summary>Similarity of two strings: 1 − (edit distance / length of the longer).</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var max = Math.Max(a.Length, b.Length);
        return max == 0 ? 1 : 1 - ((double)EditDistance(a, b) / max);
    }

    private LabelMatch MatchFuzzy(string simplified, TableId? table, string? group, LabelPrefix prefix, string core)
    {
        const double Threshold = 0.7;
        if (simplified.Length < 3)
        {
            return new LabelMatch(LabelMatchKind.Unknown, [], 0, prefix, core);
        }

        double best = 0, second = 0;
        string? bestCore = null;
        foreach (var t in _all)
        {
            if (table is { } tb && t.Table != tb)
            {
                continue;
            }

            // cheap bound: the length difference alone exceeds the allowed distance
            var max = Math.Max(t.Core.Length, simplified.Length);
            if (Math.Abs(t.Core.Length - simplified.Length) > max * (1 - Threshold))
            {
                continue;
            }

            var s = Similarity(simplified, t.Core);
            if (t.Core == bestCore)
            {
                continue;
            }

            if (s > best)
            {
                second = best;
                best = s;
                bestCore = t.Core;
            }
            else if (s > second)
            {
                second = s;
            }
        }

        if (bestCore is null || best < Threshold || best - second < 0.1)
        {
            return new LabelMatch(LabelMatchKind.Unknown, [], best, prefix, core);
        }

        return new LabelMatch(LabelMatchKind.Fuzzy, Rank(_byCore[bestCore], table, group, prefix), best, prefix, core);
    }

    private static ImmutableArray<LabelTarget> Rank(ImmutableArray<LabelTarget> found, TableId? table, string? group, LabelPrefix prefix)
    {
        if (found.Length == 1)
        {
            return found;
        }

        return [.. found.OrderByDescending(t => Score(t, table, group, prefix))];
    }

    private static int Score(LabelTarget t, TableId? table, string? group, LabelPrefix prefix)
    {
        var score = 0;
        if (table is { } tb && t.Table == tb)
        {
            score += 8;
        }

        if (group is not null && t.GroupKey == group)
        {
            score += 4;
        }

        if (!prefix.IsNone)
        {
            // numbered text names a row or group, not a column header
            if (t.Kind is LabelKind.Row or LabelKind.Group)
            {
                score += 2;
            }

            if (t.Prefix.Style == prefix.Style && t.Prefix.Number == prefix.Number)
            {
                score += 2;
            }
        }
        else if (t.Kind == LabelKind.Column)
        {
            score += 1;
        }

        return score;
    }

    private static string StripPrefixOf(string label)
    {
        var (_, core) = SplitKey(label);
        return core;
    }

    internal static (LabelPrefix Prefix, string Core) SplitKey(string key)
    {
        if (key.Length == 0)
        {
            return (LabelPrefix.None, key);
        }

        // 一、 二、 … and 一. (top-level numbering)
        var i = 0;
        while (i < key.Length && ChineseNumeral(key[i]) > 0)
        {
            i++;
        }

        if (i > 0 && i <= 3 && i < key.Length + 1)
        {
            if (i < key.Length && (key[i] == '、' || key[i] == '.'))
            {
                return (new LabelPrefix(LabelPrefixStyle.Top, ParseChineseNumber(key.AsSpan(0, i))), key[(i + 1)..]);
            }

            if (i == key.Length)
            {
                // a bare numeral is not a label
                return (LabelPrefix.None, key);
            }
        }

        // (一) and (1)
        if (key[0] == '(')
        {
            var close = key.IndexOf(')', StringComparison.Ordinal);
            if (close > 1 && close <= 4)
            {
                var inner = key.AsSpan(1, close - 1);
                var n = ParseChineseNumber(inner);
                if (n > 0)
                {
                    return (new LabelPrefix(LabelPrefixStyle.Paren, n), key[(close + 1)..]);
                }

                if (int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n))
                {
                    return (new LabelPrefix(LabelPrefixStyle.Digit, n), key[(close + 1)..]);
                }
            }
        }

        // 1. and 1、 (the key has already turned "1、" into "1.")
        var d = 0;
        while (d < key.Length && char.IsAsciiDigit(key[d]))
        {
            d++;
        }

        if (d is > 0 and <= 2 && d < key.Length && key[d] == '.')
        {
            var n = int.Parse(key.AsSpan(0, d), System.Globalization.CultureInfo.InvariantCulture);
            return (new LabelPrefix(LabelPrefixStyle.Digit, n), key[(d + 1)..]);
        }

        return (LabelPrefix.None, key);
    }

    internal static int ChineseNumeral(char c) => c switch
    {
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => 0,
    };

    /// <summary>一 … 九十九; 0 when not a Chinese number.</summary>
    public static int ParseChineseNumber(ReadOnlySpan<char> s)
    {
        if (s.Length == 0)
        {
            return 0;
        }

        var total = 0;
        var current = 0;
        foreach (var c in s)
        {
            var n = ChineseNumeral(c);
            if (n == 0)
            {
                return 0;
            }

            if (n == 10)
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else
            {
                current = n;
            }
        }

        return total + current;
    }

    private static int EditDistance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            var tmp = prev;
            prev = cur;
            cur = tmp;
        }

        return prev[b.Length];
    }

    private static LabelIndex Build(ReportSchema e2021, ReportSchema e2019)
    {
        var targets = new Dictionary<(LabelKind, TableId, string, string?, string), LabelTarget>();
        var aliases = new Dictionary<string, List<LabelTarget>>(StringComparer.Ordinal);
        foreach (var (schema, ed) in new[] { (e2021, EditionSet.National2021), (e2019, EditionSet.Trial2019) })
        {
            foreach (var table in schema.Tables)
            {
                foreach (var row in table.Rows)
                {
                    var t = Add(targets, new LabelTarget(LabelKind.Row, table.Id, row.Key, row.BlockKey, row.GroupKey, row.Label, ed, default));
                    AddAliases(aliases, t, row.Aliases);
                }

                foreach (var g in table.Groups)
                {
                    var t = Add(targets, new LabelTarget(LabelKind.Group, table.Id, g.Key, null, g.ParentKey, g.Label, ed, default));
                    AddAliases(aliases, t, g.Aliases);
                }

                foreach (var c in table.Columns)
                {
                    var t = Add(targets, new LabelTarget(LabelKind.Column, table.Id, c.Key, null, null, c.Label, ed, default));
                    AddAliases(aliases, t, c.Aliases);
                }

                foreach (var b in table.Blocks)
                {
                    Add(targets, new LabelTarget(LabelKind.Block, table.Id, b.Key, b.Key, null, b.Label, ed, default));
                    foreach (var c in b.Columns)
                    {
                        var t = Add(targets, new LabelTarget(LabelKind.Column, table.Id, c.Key, b.Key, null, c.Label, ed, default));
                        AddAliases(aliases, t, c.Aliases);
                    }
                }

                foreach (var h in table.HeaderLabels)
                {
                    Add(targets, new LabelTarget(LabelKind.Header, table.Id, h, null, null, h, ed, default));
                }

                foreach (var n in table.Notes)
                {
                    if (n.Key != SchemaBuilder.UnitNote.Key)
                    {
                        Add(targets, new LabelTarget(LabelKind.Note, table.Id, n.Key, null, null, n.Text, ed, default));
                    }
                }
            }
        }

        return new LabelIndex([.. targets.Values], aliases);
    }

    private static LabelTarget Add(Dictionary<(LabelKind, TableId, string, string?, string), LabelTarget> targets, LabelTarget t)
    {
        var (prefix, core) = SplitKey(LabelNormalizer.Key(t.Label));
        var k = (t.Kind, t.Table, t.Key, t.BlockKey, t.Label);
        if (targets.TryGetValue(k, out var existing))
        {
            var merged = existing with { Editions = existing.Editions | t.Editions };
            targets[k] = merged;
            return merged;
        }

        var added = t with { Prefix = prefix, Core = core };
        targets[k] = added;
        return added;
    }

    private static void AddAliases(Dictionary<string, List<LabelTarget>> aliases, LabelTarget t, ImmutableArray<string> list)
    {
        foreach (var a in list)
        {
            var (_, core) = SplitKey(LabelNormalizer.Key(a));
            if (!aliases.TryGetValue(core, out var l))
            {
                aliases[core] = l = [];
            }

            l.RemoveAll(x => x.Kind == t.Kind && x.Table == t.Table && x.Key == t.Key && x.BlockKey == t.BlockKey);
            l.Add(t);
        }
    }
}
