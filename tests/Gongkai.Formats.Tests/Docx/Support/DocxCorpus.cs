namespace Gongkai.Tests.Docx;

/// <summary>
/// The Word documents in tests/corpus/docx, each made from one of our samples (see its README for how). Every table
/// cell read from them must equal the sample's.
/// </summary>
internal static class DocxCorpus
{
    /// <summary>A test document: its file name, the sample it was made from, and for SDK-built ones the hazards it carries.</summary>
    public sealed record Case(string File, string Sample, DocxHazards Hazards, bool ByLibreOffice);

    public static readonly Case[] Documents =
    [
        new("linchuan-2023.docx", "clean-2023-linchuan-civil.txt", DocxHazards.None, true),
        new("songling-2020.docx", "clean-2020-songling-office.txt", DocxHazards.None, true),
        new("bailu-2024-fullwidth.docx", "clean-2024-bailu-fullwidth.txt", DocxHazards.None, true),
        new("chenglan-2023-arithmetic.docx", "defect-arithmetic.txt", DocxHazards.None, true),
        new("qinghe-2024-textboxes.docx", "clean-2024-qinghe-eco.txt", DocxHazards.TextBoxes, false),
        new("qinghe-2024-layout.docx", "clean-2024-qinghe-eco.txt", DocxHazards.LayoutTable, false),
        new("heyang-2024-tracked.docx", "pair-2024-heyang-stats.txt", DocxHazards.TrackedChanges, false),
        new("heyang-2024-fields.docx", "pair-2024-heyang-stats.txt", DocxHazards.FieldsAndControls, false),
    ];

    /// <summary>Conversions of a LibreOffice-made DOCX to the legacy formats: file, the DOCX it came from, LibreOffice's filter.</summary>
    public static readonly (string File, string From, string Filter)[] Legacy =
    [
        ("linchuan-2023.doc", "linchuan-2023.docx", "doc:MS Word 97"),
        ("linchuan-2023.rtf", "linchuan-2023.docx", "rtf:Rich Text Format"),
        ("songling-2020.doc", "songling-2020.docx", "doc:MS Word 97"),
    ];

    public static string Path(string file) => TestPaths.Repo("tests", "corpus", "docx", file);

    public static string SamplePath(string sample) => TestPaths.Repo("samples", sample);

    public static string Sample(string file) =>
        Documents.FirstOrDefault(d => d.File == file)?.Sample
        ?? Documents.First(d => d.File == Legacy.First(l => l.File == file).From).Sample;

    public const string NoLibreOffice =
        "LibreOffice is not installed: install the Debian package libreoffice-writer-nogui (scripts/test.sh does) to run this test.";
}
