using System.Text.Json;

namespace Gongkai.Tests;

/// <summary>
/// A real published report of ../shared/corpus/real and its truth file: every table cell as published (a number,
/// "blank" for an empty cell or a placeholder, "missing" for an absent row) and the defects the report contains.
/// </summary>
internal sealed record TruthFile(string Name, string DocumentPath, JsonElement Root)
{
    public static IEnumerable<TruthFile> All()
    {
        if (TestPaths.Shared is null)
        {
            yield break;
        }

        var dir = Path.Combine(TestPaths.Shared, "corpus", "real");
        foreach (var truth in Directory.GetFiles(dir, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var root = JsonDocument.Parse(File.ReadAllText(truth)).RootElement;
            var file = root.GetProperty("file").GetString()!;
            yield return new TruthFile(Path.GetFileName(truth).Replace(".truth.json", string.Empty, StringComparison.Ordinal), Path.Combine(dir, file), root);
        }
    }

    public static TruthFile Get(string name) => All().Single(t => t.Name == name);

    public string Form => Root.GetProperty("form").GetString()!;

    public int Edition => int.Parse(Root.GetProperty("edition").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public int Year => Root.GetProperty("year").GetInt32();

    public string Agency => Root.GetProperty("agency").GetString()!;

    /// <summary>Every cell: field ID → a number, "blank" or "missing".</summary>
    public IEnumerable<(string Field, JsonElement Value)> Cells =>
        Root.GetProperty("tables").EnumerateObject().Select(p => (p.Name, p.Value));

    /// <summary>The defects the published report contains: the check ID, the IDs also acceptable, and whether it is a primary one.</summary>
    public IEnumerable<(string Check, string[] AlsoAcceptable, bool Primary, string Detail)> Defects =>
        Root.TryGetProperty("defects", out var d)
            ? d.EnumerateArray().Select(x => (
                x.GetProperty("check").GetString()!,
                x.TryGetProperty("also_acceptable", out var a) ? a.EnumerateArray().Select(e => e.GetString()!).ToArray() : [],
                x.TryGetProperty("primary", out var p) && p.GetBoolean(),
                x.GetProperty("detail").GetString()!))
            : [];

    public string? PairWith => Root.TryGetProperty("pair", out var p) ? p.GetProperty("with").GetString() : null;

    public string? PairRole => Root.TryGetProperty("pair", out var p) ? p.GetProperty("role").GetString() : null;

    public override string ToString() => Name;
}
