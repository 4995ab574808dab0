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

    /// <summary>
    /// Our own PDFs (tests/corpus/pdf, made by tests/corpus/pdf/make.py) and the sample each was made from: the
    /// tables of the PDF must read as the sample's text does.
    /// </summary>
    public static readonly (string Pdf, string Sample)[] OwnPdfs =
    [
        ("qinghe-2024.chromium", "clean-2024-qinghe-eco.txt"),
        ("qinghe-2024.libreoffice", "clean-2024-qinghe-eco.txt"),
        ("chenglan-2023-arithmetic.libreoffice", "defect-arithmetic.txt"),
    ];

    public static string Pdf(string name) => TestPaths.Repo("tests", "corpus", "pdf", name);

    /// <summary>Our own text documents with reading hazards.</summary>
    public static string Text(string name) => TestPaths.Repo("tests", "corpus", "text", name);

    /// <summary>
    /// Our own HTML pages, each the page form of a sample report (same tables, our own shorter prose) with the hazards
    /// of real sites: name → the sample it renders, and the cells it deliberately prints blank ("&amp;nbsp;") where the
    /// sample prints 0.
    /// </summary>
    public static readonly (string Name, string Sample, string[] Blanked)[] HtmlPages =
    [
        ("qinghe-eco-2024-portal", "clean-2024-qinghe-eco.txt", [.. new[] { "upheld", "corrected", "other", "pending", "total" }.Select(c => "t3.suit_after_review." + c)]),
        ("heyang-stats-2023-nested", "pair-2023-heyang-stats.txt", []),
        ("weijiang-hrss-2019-gb2312", "defect-blanks-placeholders.txt", []),
        ("bailu-market-2024-traditional", "clean-2024-bailu-fullwidth.txt", []),
    ];

    public static string Html(string name) => TestPaths.Repo("tests", "corpus", "html", name + ".html");

    public static string HtmlGolden(string name) => TestPaths.Repo("tests", "corpus", "html", name + ".model.txt");
}
