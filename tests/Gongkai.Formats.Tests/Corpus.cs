namespace Gongkai.Tests;

/// <summary>
/// The test documents, by name (after ImageSharp's TestImages). The five examples live in ../shared and their golden
/// outputs here; documents we wrote ourselves live in tests/corpus.
/// </summary>
internal static class Corpus
{
    public static readonly string[] Examples =
    [
        "000_ba9ec7d82c59e2fc",
        "001_7e39dacb3fc4a107",
        "002_c4cb64a14b625d7c",
        "003_b91855295a9e5c8e",
        "004_8bbd43dac0593569",
    ];

    public static string ExamplePath(string name) => Path.Combine(TestPaths.Shared!, "corpus", "examples", name + ".txt");

    public static string GoldenPath(string name, string kind) => TestPaths.Repo("tests", "corpus", "examples", name + "." + kind + ".txt");

    public static IEnumerable<string> Samples => Directory.Exists(TestPaths.Repo("samples"))
        ? Directory.GetFiles(TestPaths.Repo("samples"), "*.txt").Order(StringComparer.Ordinal)
        : [];

    /// <summary>Our own text documents with reading hazards.</summary>
    public static string Text(string name) => TestPaths.Repo("tests", "corpus", "text", name);
}
