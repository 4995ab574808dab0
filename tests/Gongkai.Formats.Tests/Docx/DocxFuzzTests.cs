using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Formats;
using Gongkai.Reports;

namespace Gongkai.Tests.Docx;

/// <summary>
/// Randomly damaged Word documents (flipped bytes, truncation, XML corrupted inside the zip, random tables with
/// absurd spans) never make the reader throw or hang: each read ends within a few seconds, with a model whose spans
/// stay inside its text, or with an error that says why.
/// </summary>
public sealed class DocxFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private static readonly string[] Corpus = [.. DocxCorpus.Documents.Select(d => d.File)];

    private static readonly string[] XmlJunk =
    [
        "<w:tbl>", "</w:tc>", "<w:tr>", "<w:vMerge/>", "<w:gridSpan w:val=\"99999\"/>", "<w:gridSpan w:val=\"-3\"/>", "&", "&amp;", "<!DOCTYPE x>",
        "<w:p>", "</w:p>", "<w:del>", "<w:txbxContent>", "<mc:AlternateContent><mc:Choice>", "<w:sdt><w:sdtContent>", "\u0000", "]]>",
        "<w:gridBefore w:val=\"100000\"/>", "<w:numPr><w:numId w:val=\"1\"/><w:ilvl w:val=\"99\"/></w:numPr>", "<w:sym w:char=\"ZZZZ\"/>", "<w:outlineLvl w:val=\"-1\"/>",
    ];

    [Fact]
    public void FlippedBytes_NeverThrowOrHang() =>
        Prop.ForAll<int, int, int>((doc, seed, flips) =>
        {
            var bytes = Load(doc);
            var rnd = new Random(seed);
            for (var i = 0; i < 1 + Math.Abs(flips % 16); i++)
            {
                bytes[rnd.Next(bytes.Length)] ^= (byte)rnd.Next(1, 256);
            }

            ReadWithinLimit(bytes);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    [Fact]
    public void Truncated_NeverThrowOrHang() =>
        Prop.ForAll<int, int>((doc, cut) =>
        {
            var bytes = Load(doc);
            ReadWithinLimit(bytes[..Math.Abs(cut % bytes.Length)]);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));

    [Fact]
    public void CorruptedXmlInsideTheZip_NeverThrowOrHang() =>
        Prop.ForAll<int, int, int>((doc, seed, edits) =>
        {
            var entries = MiniDocx.Entries(Load(doc));
            var rnd = new Random(seed);
            var at = entries.FindIndex(e => e.Name == (rnd.Next(4) == 0 ? "word/styles.xml" : "word/document.xml"));
            if (at < 0)
            {
                at = entries.FindIndex(e => e.Name == "word/document.xml");
            }

            var xml = Encoding.UTF8.GetString(entries[at].Content);
            for (var i = 0; i < 1 + Math.Abs(edits % 8); i++)
            {
                xml = MutateXml(xml, rnd);
            }

            entries[at] = (entries[at].Name, Encoding.UTF8.GetBytes(xml));
            ReadWithinLimit(MiniDocx.Zip([.. entries]));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    [Fact]
    public void RandomTables_SpansStayInsideTheText() =>
        Prop.ForAll<int>(seed =>
        {
            var rnd = new Random(seed);
            var sb = new StringBuilder(MiniDocx.P("三、收到和处理政府信息公开申请情况"));
            for (var t = 0; t < 1 + rnd.Next(3); t++)
            {
                sb.Append("<w:tbl>");
                for (var r = 0; r < rnd.Next(1, 12); r++)
                {
                    sb.Append("<w:tr>");
                    for (var c = 0; c < rnd.Next(1, 12); c++)
                    {
                        sb.Append("<w:tc><w:tcPr>");
                        if (rnd.Next(4) == 0)
                        {
                            sb.Append("<w:gridSpan w:val=\"").Append(rnd.Next(-2, 40)).Append("\"/>");
                        }

                        if (rnd.Next(3) == 0)
                        {
                            sb.Append(rnd.Next(2) == 0 ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
                        }

                        sb.Append("</w:tcPr>").Append(MiniDocx.P(rnd.Next(3) == 0 ? "（一）予以公开" : rnd.Next(20).ToString(System.Globalization.CultureInfo.InvariantCulture))).Append("</w:tc>");
                    }

                    sb.Append("</w:tr>");
                }

                sb.Append("</w:tbl>");
            }

            ReadWithinLimit(MiniDocx.FromBody(sb.ToString()));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    private static byte[] Load(int doc) => File.ReadAllBytes(DocxCorpus.Path(Corpus[Math.Abs(doc % Corpus.Length)]));

    private static string MutateXml(string xml, Random rnd)
    {
        if (xml.Length < 2)
        {
            return xml + XmlJunk[rnd.Next(XmlJunk.Length)];
        }

        var at = rnd.Next(xml.Length);
        var len = Math.Min(xml.Length - at, rnd.Next(1, 200));
        return rnd.Next(5) switch
        {
            0 => xml.Remove(at, len),
            1 => xml.Insert(at, xml.Substring(at, len)),
            2 => xml.Insert(at, XmlJunk[rnd.Next(XmlJunk.Length)]),
            3 => xml[..at],
            _ => xml.Insert(rnd.Next(xml.Length), xml.Substring(at, len)),
        };
    }

    private static void ReadWithinLimit(byte[] bytes)
    {
        var task = Task.Run(() => FormatRegistry.Default.Read(new ReportSource("fuzz.docx", bytes)));
        Assert.True(task.Wait(Limit), $"reader did not finish within {Limit.TotalSeconds} s");
        var r = task.Result;
        if (r.Value is { } m)
        {
            foreach (var c in m.Tables.Cells)
            {
                Assert.InRange(c.Where.Span.End, 0, m.SourceLength);
            }

            foreach (var p in m.Prose)
            {
                Assert.InRange(p.Where.Span.End, 0, m.SourceLength);
            }
        }
        else
        {
            Assert.True(r.HasErrors, "a reader that returns no model must say why");
        }
    }
}
