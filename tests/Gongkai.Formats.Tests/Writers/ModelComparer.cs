using System.Globalization;
using System.Text;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Tests.Writers;

/// <summary>
/// What a round trip must keep: the edition, the metadata (title, body, year, statistical period), the preamble and
/// each section's paragraphs, and every cell's state and value (a placeholder's mark too), plus groups printed as
/// one row. Text is compared as readers give it, after full-width normalisation (<see cref="LabelNormalizer.NormalizeText"/>),
/// since every reader normalises and a model written by hand need not be.
/// </summary>
internal static class ModelComparer
{
    /// <summary>The differences, one per line; empty when the models agree.</summary>
    /// <param name="cjkSpacing">
    /// False for formats that cannot carry the spaces typed between Chinese characters and digits ("26 件"): a PDF
    /// prints a gap, and its text layer keeps a space only where the gap is wide. Such spaces are then ignored; every
    /// character still has to come back.
    /// </param>
    public static string Differences(ReportModel expected, ReportModel actual, int max = 30, bool cjkSpacing = true)
    {
        t_cjkSpacing = cjkSpacing;
        var d = new List<string>();
        if (expected.Edition != actual.Edition)
        {
            d.Add($"edition: {(int)expected.Edition} → {(int)actual.Edition}");
        }

        var e = expected.Metadata;
        var a = actual.Metadata;
        Text(d, "title", e.Title?.Value, a.Title?.Value);
        Text(d, "body", e.Body?.Value, a.Body?.Value);
        if (e.Year?.Value != a.Year?.Value)
        {
            d.Add($"year: {e.Year?.Value} → {a.Year?.Value}");
        }

        if (e.StatisticalPeriod?.Value != a.StatisticalPeriod?.Value)
        {
            d.Add($"period: {e.StatisticalPeriod?.Value} → {a.StatisticalPeriod?.Value}");
        }

        Paragraphs(d, "preamble", expected.Preamble, actual.Preamble);
        var es = string.Join(",", expected.Sections.Select(s => (int)s.Id));
        var @as = string.Join(",", actual.Sections.Select(s => (int)s.Id));
        if (es != @as)
        {
            d.Add($"sections: [{es}] → [{@as}]");
        }
        else
        {
            for (var i = 0; i < expected.Sections.Length; i++)
            {
                Paragraphs(d, "section " + (int)expected.Sections[i].Id, expected.Sections[i].Paragraphs, actual.Sections[i].Paragraphs);
            }
        }

        if (expected.Edition == actual.Edition)
        {
            foreach (var f in expected.Schema.Fields)
            {
                var x = expected.Tables[f].Value;
                var y = actual.Tables[f].Value;
                if (!Same(x, y))
                {
                    d.Add($"{f.Id}: {x} → {y}");
                }
            }

            var ec = Collapsed(expected);
            var ac = Collapsed(actual);
            if (ec != ac)
            {
                d.Add($"collapsed rows: {ec} → {ac}");
            }
        }

        var sb = new StringBuilder();
        foreach (var line in d.Take(max))
        {
            sb.Append("  ").Append(line).Append('\n');
        }

        if (d.Count > max)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  … and {d.Count - max} more\n");
        }

        return sb.ToString();
    }

    public static void AssertSame(ReportModel expected, ReportModel actual, string what, bool cjkSpacing = true)
    {
        var diff = Differences(expected, actual, cjkSpacing: cjkSpacing);
        Assert.True(diff.Length == 0, $"{what}: the model read back differs:\n{diff}");
    }

    /// <summary>Every table cell whose state or value differs, as "t2.total.total: 5354 → 4", in schema order.</summary>
    public static List<string> NumberDifferences(ReportModel expected, ReportModel actual) =>
        [.. expected.Schema.Fields.Where(f => !Same(expected.Tables[f].Value, actual.Tables[f].Value))
            .Select(f => $"{f.Id}: {expected.Tables[f].Value} → {actual.Tables[f].Value}")];

    public static bool Same(CellValue x, CellValue y) =>
        x.State == y.State && x.Number == y.Number && (x.State is not (CellState.Placeholder or CellState.Unreadable) || N(x.Raw) == N(y.Raw));

    private static string Collapsed(ReportModel m) =>
        string.Join(";", m.CollapsedRows.Select(c => c.TableKey + "." + c.GroupKey + "=" + string.Join(",", c.Values.Select(v => v.Value.ToString()))));

    private static void Text(List<string> d, string what, string? e, string? a)
    {
        if (N(e) != N(a))
        {
            d.Add($"{what}: \"{e}\" → \"{a}\"");
        }
    }

    private static void Paragraphs(List<string> d, string what, IReadOnlyList<Sourced<string>> e, IReadOnlyList<Sourced<string>> a)
    {
        if (e.Count != a.Count)
        {
            d.Add($"{what}: {e.Count} paragraphs → {a.Count}" + FirstDifferent(e, a));
            return;
        }

        for (var i = 0; i < e.Count; i++)
        {
            Text(d, $"{what} ¶{i + 1}", e[i].Value, a[i].Value);
        }
    }

    private static string FirstDifferent(IReadOnlyList<Sourced<string>> e, IReadOnlyList<Sourced<string>> a)
    {
        for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
        {
            if (N(e[i].Value) != N(a[i].Value))
            {
                return $" (first difference ¶{i + 1}: \"{e[i].Value}\" → \"{a[i].Value}\")";
            }
        }

        return string.Empty;
    }

    [ThreadStatic]
    private static bool t_cjkSpacing;

    private static string? N(string? s)
    {
        if (s is null)
        {
            return null;
        }

        var n = LabelNormalizer.NormalizeText(s).Trim();
        if (t_cjkSpacing || n.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return n;
        }

        // drop spaces next to a CJK character or CJK punctuation; keep those between two Latin words or numbers
        var sb = new StringBuilder(n.Length);
        for (var i = 0; i < n.Length; i++)
        {
            if (n[i] == ' ' && ((i > 0 && Wide(n[i - 1])) || (i + 1 < n.Length && Wide(n[i + 1]))))
            {
                continue;
            }

            sb.Append(n[i]);
        }

        return sb.ToString();
    }

    private static bool Wide(char c) => c >= '\u2E80' || c == ' ';
}
