using Gongkai.Formats.Html;
using Gongkai.Formats.Layout;

namespace Gongkai.Tests;

public sealed class ScratchDump
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("SCRATCH_HTML");
        if (path is null)
        {
            return;
        }

        var bytes = File.ReadAllBytes(path);
        var (decoded, _) = HtmlDecoder.Decode(bytes);
        var layout = HtmlReaderCore.BuildLayout(decoded.Text, []);
        using var w = new StreamWriter("/tmp/h/scratch.txt");
        foreach (var b in layout.Blocks)
        {
            if (b is LayoutParagraph p)
            {
                w.WriteLine($"P{p.HeadingLevel} {p.Where} {p.Text}" + (p.Raw is null ? "" : $"  RAW[{p.Raw}]"));
            }
            else if (b is LayoutTable t)
            {
                w.WriteLine($"TABLE {t.Where} grid={t.IsGrid}");
                foreach (var r in t.Rows)
                {
                    w.WriteLine("  | " + string.Join(" | ", r.Cells.Select(c => c.Text + "@" + c.Where.Span.Start)));
                }
            }
        }
    }
}
