using System.Collections.Concurrent;
using Gongkai.Schema;

namespace Gongkai.Labels;

/// <summary>
/// A bounded, thread-safe memo of label matches. The answers never change, so the index stays immutable in every way
/// that can be observed; the cache is emptied when it has taken in many entries (fuzzed or junk text would otherwise
/// grow it without end).
/// </summary>
internal sealed class MatchCache
{
    private const int Limit = 16_384;

    private readonly ConcurrentDictionary<(string, TableId?, string?), LabelMatch> _entries = new();
    private int _adds;

    public LabelMatch GetOrAdd(LabelIndex index, string text, TableId? table, string? group)
    {
        var key = (text, table, group);
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = index.MatchUncached(text, table, group);
        if (Interlocked.Increment(ref _adds) % Limit == 0)
        {
            _entries.Clear();
        }

        _entries.TryAdd(key, result);
        return result;
    }
}
