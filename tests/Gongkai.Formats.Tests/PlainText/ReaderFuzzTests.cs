using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Formats;
using Gongkai.Formats.PlainText;

namespace Gongkai.Tests;

/// <summary>
/// Random edits of real and sample reports (deleting, duplicating and swapping lines, splitting labels, junk, full-width
/// digits, truncation) never make the reader throw or hang, and every span it reports stays inside the text.
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    private static readonly string[] Junk =
    [
        "\t", "\t\t\t", "0", "12", "-", "/", "—", "（一）", "一、", "三、本年度办理结果", "总计", "自然人", "uedbet体育_官网@:", "\u0000", "\uFFFD",
        "第二十条第（一）项", "行政许可\t5", "\t\t8\t0\t0", "|", "| a | b |", "# ", "2023 年", "１２３", "\r", "未收到政府信息公开申请",
    ];

    public static IEnumerable<string> Documents()
    {
        if (TestPaths.Shared is not null)
        {
            foreach (var n in Corpus.Examples)
            {
                yield return File.ReadAllText(Corpus.ExamplePath(n));
            }
        }

        foreach (var s in Corpus.Samples)
        {
            yield return File.ReadAllText(s);
        }

        foreach (var f in Directory.GetFiles(TestPaths.Repo("tests", "corpus", "text")))
        {
            yield return File.ReadAllText(f);
        }
    }

    [Fact]
    public void RandomEdits_NeverThrowOrHang()
    {
        var docs = Documents().ToArray();
        Assert.NotEmpty(docs);
        var config = Config.QuickThrowOnFailure.WithMaxTest(300);
        Prop.ForAll<int, int, int>((docIndex, seed, edits) =>
        {
            var doc = docs[Math.Abs(docIndex % docs.Length)];
            var mutated = Mutate(doc, seed, 1 + Math.Abs(edits % 12));
            ReadWithinLimit(mutated);
        }).Check(config);
    }

    [Fact]
    public void ArbitraryText_NeverThrows() =>
        Prop.ForAll<string>(s => ReadWithinLimit(s ?? string.Empty)).Check(Config.QuickThrowOnFailure.WithMaxTest(500));

    [Fact]
    public void ArbitraryBytes_NeverThrow() =>
        Prop.ForAll<byte[]>(b =>
        {
            var r = FormatRegistry.Default.Read(new ReportSource("bytes", b ?? []));
            Assert.True(r.Value is not null || r.HasErrors);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));

    [Fact]
    public void LongPathologicalInputs_FinishQuickly()
    {
        ReadWithinLimit(new string('\t', 200_000));
        ReadWithinLimit(string.Concat(Enumerable.Repeat("一、总体情况\n", 20_000)));
        ReadWithinLimit(string.Concat(Enumerable.Repeat("（一）予以公开\t1\t2\t3\n", 20_000)));
        ReadWithinLimit(new string('一', 100_000));
        ReadWithinLimit(string.Concat(Enumerable.Repeat("9", 100_000)) + "\t" + string.Concat(Enumerable.Repeat("规章", 50_000)));
    }

    private static void ReadWithinLimit(string text)
    {
        var sw = Stopwatch.StartNew();
        var task = Task.Run(() => PlainTextReader.Instance.ReadText("fuzz", text));
        Assert.True(task.Wait(Limit), $"reader did not finish within {Limit.TotalSeconds} s");
        sw.Stop();
        var r = task.Result;
        if (r.Value is { } m)
        {
            foreach (var c in m.Tables.Cells)
            {
                Assert.InRange(c.Where.Span.End, 0, text.Length);
            }

            foreach (var p in m.Prose)
            {
                Assert.InRange(p.Where.Span.End, 0, text.Length);
            }
        }
        else
        {
            Assert.True(r.HasErrors, "a reader that returns no model must say why");
        }
    }

    internal static string Mutate(string doc, int seed, int edits)
    {
        var rnd = new Random(seed);
        var lines = doc.Split('\n').ToList();
        for (var i = 0; i < edits && lines.Count > 0; i++)
        {
            var at = rnd.Next(lines.Count);
            switch (rnd.Next(9))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[at]);
                    break;
                case 2 when at + 1 < lines.Count:
                    (lines[at], lines[at + 1]) = (lines[at + 1], lines[at]);
                    break;
                case 3 when lines[at].Length > 1:
                    lines[at] = lines[at].Insert(rnd.Next(1, lines[at].Length), rnd.Next(2) == 0 ? " " : "\t");
                    break;
                case 4:
                    lines[at] = lines[at].Insert(rnd.Next(lines[at].Length + 1), Junk[rnd.Next(Junk.Length)]);
                    break;
                case 5:
                    lines[at] = FullWidth(lines[at]);
                    break;
                case 6:
                    lines = lines.Take(at + 1).ToList();
                    break;
                case 7 when lines[at].Length > 2:
                    lines[at] = lines[at].Remove(rnd.Next(lines[at].Length - 1), 1);
                    break;
                default:
                    lines.Insert(at, new string(Enumerable.Range(0, rnd.Next(40)).Select(_ => (char)rnd.Next(0x20, 0x9FFF)).ToArray()));
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    private static string FullWidth(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c);
        }

        return sb.ToString();
    }
}
