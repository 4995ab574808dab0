using Gongkai.Formats;
using Gongkai.Labels;
using Gongkai.Rules;

namespace Gongkai.Cli.Batch;

/// <summary>
/// `--pair`: in a batch, each report whose body also has a report of the year before gets that report as its prior,
/// so the cross-year rules run across a whole archive at once. Bodies are matched by name after normalisation; a body
/// with two reports for one year is ambiguous and not paired.
/// </summary>
internal static class PriorPairing
{
    public static int Apply(CheckOutcome[] outcomes, IReadOnlyList<InputScanner.Input> inputs, RuleContext context, ReaderOptions options, Action? onRepaired)
    {
        var byKey = new Dictionary<(string Body, int Year), int>();
        var ambiguous = new HashSet<(string, int)>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (Key(outcomes[i]) is { } k && !byKey.TryAdd(k, i))
            {
                ambiguous.Add(k);
            }
        }

        var pairs = new List<(int Current, int Prior)>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (Key(outcomes[i]) is { } k && !ambiguous.Contains(k) && byKey.TryGetValue((k.Body, k.Year - 1), out var prior) && !ambiguous.Contains((k.Body, k.Year - 1)))
            {
                pairs.Add((i, prior));
            }
        }

        Parallel.ForEach(pairs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, p =>
        {
            var (priorRead, _) = CheckRunner.Read(inputs[p.Prior].Path, options);
            if (priorRead.Value is { } priorModel)
            {
                outcomes[p.Current] = CheckRunner.CheckOne(inputs[p.Current], context with { Prior = priorModel }, options) with { PriorPath = inputs[p.Prior].Path };
                onRepaired?.Invoke();
            }
        });
        return pairs.Count;
    }

    private static (string Body, int Year)? Key(CheckOutcome o) =>
        o.Audit is { Body: { } body, Year: { } year } ? (LabelNormalizer.SimplifiedKey(body), year) : null;
}
