using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// Reads an authoring file into a report model: metadata, preamble, the six sections' prose and the three tables.
/// Every problem is a diagnostic at its line and column; the model is returned whenever the file has a year and a
/// mapping to read, so a caller can show every problem at once.
/// </summary>
internal static class AuthoringReaderCore
{
    private static readonly string[] TopKeys =
    [
        AuthoringKeys.Version, AuthoringKeys.Edition, AuthoringKeys.Year, AuthoringKeys.Body, AuthoringKeys.Title, AuthoringKeys.Period,
        AuthoringKeys.Totals, AuthoringKeys.Preamble, AuthoringKeys.Sections, "table1", "table2", "table3",
    ];

    public static ReadResult<ReportModel> Read(string name, string text, ReaderOptions options)
    {
        var diagnostics = new AuthoringDiagnostics(new SourceText(text));
        var root = Load(text, diagnostics);
        if (root is null)
        {
            return new ReadResult<ReportModel>(null, [.. diagnostics.List]);
        }

        var top = AuthoringYaml.Entries(root, diagnostics, TopKeys, "文件顶层", "the top level");
        CheckVersion(top, diagnostics);
        var year = AuthoringYaml.Int(top, AuthoringKeys.Year, 1990, 2100, diagnostics);
        if (year is null)
        {
            if (!top.ContainsKey(AuthoringKeys.Year))
            {
                diagnostics.Add(AuthoringMessages.MissingKey, Severity.Error, SourceRef.None, MessageArg.Of("key", AuthoringKeys.Year), new MessageArg("what", "报告年度", "the year reported on"));
            }

            return new ReadResult<ReportModel>(null, [.. diagnostics.List]);
        }

        var (edition, editionSource) = Edition(top, year.Value.Value, diagnostics);
        var schema = ReportSchema.For(edition);
        var asRead = AuthoringYaml.Text(top, AuthoringKeys.Totals)?.Value switch
        {
            null or "" or AuthoringKeys.Derived => false,
            AuthoringKeys.AsRead => true,
            var other => Bad(top, AuthoringKeys.Totals, other!, "应为 derived 或 as-read", "must be derived or as-read", diagnostics),
        };

        var preamble = AuthoringYaml.Paragraphs(top.GetValueOrDefault(AuthoringKeys.Preamble).Value, diagnostics);
        var sections = Sections(schema, top, asRead, diagnostics);

        var tables = new AuthoringTableReader(schema, asRead, diagnostics);
        foreach (var table in schema.Tables)
        {
            var (key, value) = top.GetValueOrDefault(AuthoringKeys.Table(table.Id));
            tables.Read(table, key, value);
        }

        if (!asRead)
        {
            AuthoringTotals.Derive(tables.Cells, tables.TypedTotals, tables.RowRefs, diagnostics);
        }

        var metadata = AuthoringMetadata.Read(top, year.Value, diagnostics);
        (metadata, preamble) = AuthoringMetadata.Period(top, metadata, preamble, sections, asRead, diagnostics);
        AuthoringMetadata.CheckPrompts(preamble, sections, diagnostics);

        var model = new ReportModel(tables.Cells.ToTables())
        {
            SourceName = name,
            Format = AuthoringFormat.Instance.Name,
            SourceLength = text.Length,
            Metadata = metadata,
            EditionSource = editionSource,
            Preamble = preamble,
            Sections = sections,
            CollapsedRows = tables.Collapsed,
            PrintedNotes = Notes(schema, tables.Cells),
        };
        var result = options.Integrity == ContentIntegrity.Strict && diagnostics.HasErrors ? null : model;
        return new ReadResult<ReportModel>(result, [.. diagnostics.List]);
    }

    private static YamlMappingNode? Load(string text, AuthoringDiagnostics diagnostics)
    {
        if (!WellFormed(text, diagnostics))
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            diagnostics.Add(AuthoringMessages.NotMapping, Severity.Error, stream.Documents.Count > 0 ? diagnostics.Ref(stream.Documents[0].RootNode) : SourceRef.None, new MessageArg("what", "编写文件", "an authoring file"));
        }
        catch (YamlException e)
        {
            var start = (int)Math.Clamp(e.Start.Index, 0, text.Length);
            var where = diagnostics.Source.GetRef(new TextSpan(start, 0));
            diagnostics.Add(AuthoringMessages.Syntax, Severity.Error, where, MessageArg.Of("detail", AuthoringYaml.SyntaxDetail(e)));
        }

        return null;
    }

    /// <summary>
    /// A first pass over the parser's events, so that a syntax error is placed even when the scanner fails without a
    /// position of its own (it throws InvalidOperationException on some unclosed flow sequences).
    /// </summary>
    private static bool WellFormed(string text, AuthoringDiagnostics diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        long last = 0;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current?.End.Index ?? last;
            }

            return true;
        }
        catch (YamlException e)
        {
            last = e.Start.Index;
            diagnostics.Add(AuthoringMessages.Syntax, Severity.Error, At(text, last, diagnostics), MessageArg.Of("detail", AuthoringYaml.SyntaxDetail(e)));
        }
        catch (InvalidOperationException)
        {
            diagnostics.Add(AuthoringMessages.Syntax, Severity.Error, At(text, last, diagnostics), new MessageArg("detail", "此处之后的内容无法解析（常见原因：方括号或引号未闭合）", "what follows cannot be parsed (often an unclosed bracket or quote)"));
        }

        return false;
    }

    private static SourceRef At(string text, long index, AuthoringDiagnostics diagnostics) =>
        diagnostics.Source.GetRef(new TextSpan((int)Math.Clamp(index, 0, text.Length), 0));

    private static void CheckVersion(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> top, AuthoringDiagnostics diagnostics)
    {
        if (AuthoringYaml.Text(top, AuthoringKeys.Version) is { } v && v.Value != AuthoringKeys.CurrentVersion.ToString(CultureInfo.InvariantCulture))
        {
            diagnostics.Error(AuthoringMessages.Version, top[AuthoringKeys.Version].Value, MessageArg.Of("version", v.Value));
        }
    }

    private static (ReportEdition, EditionSource) Edition(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> top, int year, AuthoringDiagnostics diagnostics)
    {
        switch (AuthoringYaml.Text(top, AuthoringKeys.Edition)?.Value)
        {
            case null or "":
                return (ReportSchema.ExpectedEditionFor(year), EditionSource.Year);
            case "2021":
                return (ReportEdition.National2021, EditionSource.Declared);
            case "2019":
                return (ReportEdition.Trial2019, EditionSource.Declared);
            case var other:
                Bad(top, AuthoringKeys.Edition, other, "应为 2021 或 2019", "must be 2021 or 2019", diagnostics);
                return (ReportSchema.ExpectedEditionFor(year), EditionSource.Year);
        }
    }

    /// <summary>The six sections; in an as-read file only those it lists (the document may have lacked some).</summary>
    private static ImmutableArray<ReportSection> Sections(ReportSchema schema, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> top, bool asRead, AuthoringDiagnostics diagnostics)
    {
        var keys = schema.Sections.Select(s => AuthoringKeys.Section(s.Id)).ToArray();
        var (sectionsKey, node) = top.GetValueOrDefault(AuthoringKeys.Sections);
        var entries = node is null ? [] : AuthoringYaml.Entries(node, diagnostics, keys, AuthoringKeys.Sections, AuthoringKeys.Sections);
        var built = ImmutableArray.CreateBuilder<ReportSection>(6);
        foreach (var def in schema.Sections)
        {
            var (key, value) = entries.GetValueOrDefault(AuthoringKeys.Section(def.Id));
            if (asRead && key is null)
            {
                continue;
            }

            var where = diagnostics.Ref((YamlNode?)key ?? sectionsKey);
            var end = value is null ? where.Span.End : diagnostics.Ref(value).Span.End;
            built.Add(new ReportSection(
                def.Id,
                new Sourced<string>(def.FullHeading, where),
                Labels.LabelMatchKind.Exact,
                AuthoringYaml.Paragraphs(value, diagnostics),
                TextSpan.FromBounds(where.Span.Start, Math.Max(where.Span.Start, end))));
        }

        return built.ToImmutable();
    }

    /// <summary>The notes the written tables print: the 勾稽关系 and 部分公开 notes, and in 2021 the unit 万元.</summary>
    private static ImmutableArray<Sourced<string>> Notes(ReportSchema schema, ReportTables.Builder tables)
    {
        var t = tables.ToTables();
        return [.. schema.Tables.Where(x => t.IsFound(x.Id)).SelectMany(x => x.Notes.Select(n => new Sourced<string>(n.Key, t.Location(x.Id))))];
    }

    private static bool Bad(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> top, string key, string value, string zh, string en, AuthoringDiagnostics diagnostics)
    {
        diagnostics.Error(AuthoringMessages.BadValue, top[key].Value, MessageArg.Of("key", key), MessageArg.Of("value", value), new MessageArg("why", zh, en));
        return false;
    }
}
