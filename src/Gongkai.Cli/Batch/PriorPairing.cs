using Gongkai.Formats;
using Gongkai.Labels;
using Gongkai.Rules;

namespace Gongkai.Cli.Batch;

/// <summary>
/// `--pair`: in a batch, each report whose body also has a report of the year before gets that report as its prior,
/// so the cross-year rules run across a whole archive at once. Bodies are matched by name after normalisation (one
/// name containing the other counts); a body with two reports for one year is ambiguous and not paired.
/// </summary>
internal static class PriorPairing
{
    public static int Apply(CheckOutcome[] outcomes, IReadOnlyList<InputScanner.Input> inputs, RuleContext context, ReaderOptions options, Action? onRepaired)
    {
        // reports by year; a body matches another when one name contains the other ("洪泽区人民政府" in
        // "淮安市洪泽区人民政府": titles drop the city now and then)
        var byYear = new Dictionary<int, List<(int Index, string Body)>>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (Key(outcomes[i]) is { } k)
            {
                if (!byYear.TryGetValue(k.Year, out var list))
                {
                    byYear[k.Year] = list = [];
                }

                list.Add((i, k.Body));
            }
        }

        var pairs = new List<(int Current, int Prior)>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (Key(outcomes[i]) is not { } k || !byYear.TryGetValue(k.Year - 1, out var before))
            {
                continue;
            }

            var matches = before.Where(b => Same(b.Body, k.Body)).ToList();
            var rivals = byYear[k.Year].Count(c => Same(c.Body, k.Body));

            // exactly one report of the year before, and no other report of this year claiming the same body
            if (matches.Count == 1 && rivals == 1)
            {
                pairs.Add((i, matches[0].Index));
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

    private static bool Same(string a, string b) => a == b || (a.Length >= 4 && b.Length >= 4 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)));

    private static (string Body, int Year)? Key(CheckOutcome o) =>
        o.Audit is { Body: { } body, Year: { } year } ? (LabelNormalizer.SimplifiedKey(body), year) : null;
}
