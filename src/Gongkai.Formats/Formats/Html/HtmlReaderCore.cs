using System.Collections.Immutable;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Diagnostics;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Decoding;
using Gongkai.Formats.Layout;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats.Html;

/// <summary>
/// Decodes the page, bounds its markup, parses it with AngleSharp, walks it into blocks, keeps the article's blocks
/// (and the title and date printed around it), joins tables split in two, and hands the layout to the assembler.
/// </summary>
internal static class HtmlReaderCore
{
    /// <summary>Elements the parser may create.</summary>
    private const int MaxCreated = 400_000;

    /// <summary>
    /// Elements the parser may create beyond the page's start tags: it re-creates formatting elements that misnested
    /// markup left open ("&lt;a&gt;&lt;b&gt;&lt;i&gt;x&lt;/a&gt;" over and over), which <see cref="MarkupGuard"/> does not follow.
    /// </summary>
    private const int MaxRecreated = 20_000;

    public static ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options)
    {
        var bytes = source.Bytes.Span;
        if (bytes.Length == 0)
        {
            return Fail(ReaderMessages.EmptyDocument);
        }

        if (TextDecoder.LooksBinary(bytes))
        {
            return Fail(ReaderMessages.NotText);
        }

        var (decoded, _) = HtmlDecoder.Decode(bytes);
        var diagnostics = new List<Diagnostic>();
        if (!decoded.WasUtf8 && decoded.Encoding is not ("UTF-16LE" or "UTF-16BE"))
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.DecodedAs, Severity.Info, ReaderMessages.DecodedAs, SourceRef.None, MessageArg.Of("encoding", decoded.Encoding)));
        }

        if (decoded.InvalidSequences > 0)
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.InvalidBytes, Severity.Warning, ReaderMessages.InvalidBytes, SourceRef.None, MessageArg.Of("count", decoded.InvalidSequences)));
        }

        return ReadHtml(source.Name, decoded.Text, options, diagnostics);
    }

    public static ReadResult<ReportModel> ReadHtml(string name, string html, ReaderOptions options, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return Fail(ReaderMessages.EmptyDocument);
        }

        var layout = BuildLayout(html, diagnostics);
        var result = ReportAssembler.Assemble(layout, name, options, diagnostics);
        return options.Integrity == ContentIntegrity.Strict && result.HasErrors ? result with { Value = null } : result;
    }

    /// <summary>The page's article as paragraphs and tables; limits reached are reported in <paramref name="diagnostics"/>.</summary>
    internal static LayoutDocument BuildLayout(string html, List<Diagnostic> diagnostics)
    {
        var guarded = MarkupGuard.Apply(html);
        var document = Parse(guarded.Source, out var cut);
        var lines = new SourceText(guarded.Source);
        var limits = new PageLimits();
        var root = (AngleSharp.Dom.IElement?)document.Body ?? document.DocumentElement;
        var blocks = new PageWalker(lines, document, limits).Walk(root);
        var article = ArticleSelector.Select(blocks, root);
        var header = PageHeader.Find(blocks, article.Blocks, document, lines);

        var layout = new List<LayoutBlock>(header.Count + article.Blocks.Count);
        layout.AddRange(header);
        foreach (var b in article.Blocks)
        {
            layout.Add(b.Layout);
        }

        ReportLimits(guarded, limits, cut, diagnostics);
        return new LayoutDocument(JoinSplitTables(layout), html.Length, HtmlFormat.Instance.Name);
    }

    /// <summary>
    /// A table continued in a second &lt;table&gt; right after the first (nothing printed between them, the same
    /// columns) is one table: its later rows keep the header positions and the group labels of the first part.
    /// </summary>
    internal static ImmutableArray<LayoutBlock> JoinSplitTables(List<LayoutBlock> blocks)
    {
        var result = ImmutableArray.CreateBuilder<LayoutBlock>(blocks.Count);
        foreach (var b in blocks)
        {
            if (b is LayoutTable next && result.Count > 0 && result[^1] is LayoutTable previous && Width(previous) == Width(next))
            {
                result[^1] = previous with { Rows = previous.Rows.AddRange(next.Rows) };
                continue;
            }

            result.Add(b);
        }

        return result.ToImmutable();
    }

    private static int Width(LayoutTable t)
    {
        var w = 0;
        foreach (var r in t.Rows)
        {
            w = Math.Max(w, r.Cells.Length);
        }

        return w;
    }

    /// <summary>
    /// Parses with AngleSharp, keeping source references. Should the parser create far more elements than the page
    /// has tags (misnested formatting re-created over and over), parsing stops and the page is read up to that point.
    /// </summary>
    private static IHtmlDocument Parse(string source, out bool cut)
    {
        cut = false;
        var parser = t_parser ??= new BoundedParser();
        try
        {
            return parser.Parse(source, source.Length);
        }
        catch (ParseBudgetExceededException e)
        {
            cut = true;
            try
            {
                return parser.Parse(source[..Math.Clamp(e.Position, 0, source.Length)], source.Length);
            }
            catch (ParseBudgetExceededException)
            {
                return parser.Parse(string.Empty, 0);
            }
        }
    }

    /// <summary>One parser per thread: creating AngleSharp's parser costs more than parsing a page.</summary>
    [ThreadStatic]
    private static BoundedParser? t_parser;

    /// <summary>An AngleSharp parser whose callbacks count the elements it creates, against a budget set per page.</summary>
    private sealed class BoundedParser
    {
        private readonly HtmlParser _parser;
        private int _created;
        private int _startTags;
        private int _lastToken;
        private int _budget;

        public BoundedParser()
        {
            _parser = new HtmlParser(new HtmlParserOptions
            {
                IsKeepingSourceReferences = true,
                IsScripting = false,
                SkipComments = true,
                MaximumDepth = MarkupGuard.MaxDepth * 2,
                OnToken = (token, range) =>
                {
                    _lastToken = range.Start.Index;
                    _startTags += token.Type == HtmlTokenType.StartTag ? 1 : 0;
                },
                OnCreated = (_, _) =>
                {
                    if (++_created > _budget || _created - _startTags > MaxRecreated)
                    {
                        throw new ParseBudgetExceededException(_lastToken);
                    }
                },
            });
        }

        public IHtmlDocument Parse(string source, int length)
        {
            _created = _startTags = _lastToken = 0;
            _budget = MaxCreated + (length / 8);
            return _parser.ParseDocument(source);
        }
    }

    private static void ReportLimits(GuardedMarkup guarded, PageLimits limits, bool cut, List<Diagnostic> diagnostics)
    {
        if (guarded.TooDeep > 0 || limits.DepthExceeded)
        {
            var limit = guarded.TooDeep > 0 ? MarkupGuard.MaxDepth : PageLimits.MaxDepth;
            diagnostics.Add(Diagnostic.Create(ReaderMessages.NestingTooDeep, Severity.Warning, ReaderMessages.NestingTooDeep, SourceRef.None, MessageArg.Of("limit", limit)));
        }

        if (guarded.TooManyFormatting > 0)
        {
            diagnostics.Add(Limit(new MessageArg("what", "未闭合的格式标签", "unclosed formatting tags"), MarkupGuard.MaxFormatting));
        }

        if (guarded.TooManyElements > 0 || limits.TooManyElements || cut)
        {
            diagnostics.Add(Limit(new MessageArg("what", "元素", "elements"), guarded.TooManyElements > 0 || cut ? MarkupGuard.MaxElements : PageLimits.MaxElements));
        }

        if (limits.TooManyCells)
        {
            diagnostics.Add(Limit(new MessageArg("what", "表格单元格", "table cells"), PageLimits.MaxGridCells));
        }
    }

    private static Diagnostic Limit(MessageArg what, int limit) =>
        Diagnostic.Create(ReaderMessages.MarkupTooLarge, Severity.Warning, ReaderMessages.MarkupTooLarge, SourceRef.None, what, MessageArg.Of("limit", limit));

    private static ReadResult<ReportModel> Fail(string id) =>
        ReadResult<ReportModel>.Failure(Diagnostic.Create(id, Severity.Error, id, SourceRef.None));
}
