using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Rules.Tests;

/// <summary>A fact that runs only where the shared real reports and their truth files are beside the repository.</summary>
public sealed class RealFactAttribute : FactAttribute
{
    public RealFactAttribute()
    {
        if (RealCorpus.Directory is null)
        {
            Skip = "../shared/corpus/real is not beside this clone: the real-report tests need it";
        }
    }
}

/// <summary>
/// Models of the real reports in shared/corpus/real: the tables from each truth file (every cell as published),
/// and for the HTML ones the prose, with tags stripped and grouped under the headings 一、…六、.
/// </summary>
internal static partial class RealCorpus
{
    public static string? Directory
    {
        get
        {
            var shared = Gongkai.Tests.TestPaths.Shared;
            var dir = shared is null ? null : Path.Combine(shared, "corpus", "real");
            return dir is not null && System.IO.Directory.Exists(dir) ? dir : null;
        }
    }

    public static ReportModel Load(string name)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory!, name + ".truth.json")));
        var root = truth.RootElement;
        var schema = root.GetProperty("edition").GetString() == "2019" ? ReportSchema.Edition2019 : ReportSchema.Edition2021;
        var tables = ReportTables.CreateBuilder(schema);
        var found = new bool[3];
        foreach (var cell in root.GetProperty("tables").EnumerateObject())
        {
            var value = cell.Value.ValueKind == JsonValueKind.Number
                ? CellValue.Of(cell.Value.GetDecimal())
                : cell.Value.GetString() == "blank" ? CellValue.Blank() : CellValue.Absent;
            tables.Set(cell.Name, value);
            if (!value.IsAbsent)
            {
                found[cell.Name[1] - '1'] = true;
            }
        }

        for (var t = 0; t < 3; t++)
        {
            if (found[t])
            {
                tables.SetLocation((TableId)(t + 1), new SourceRef(new TextSpan(0, 0), 1, 1));
            }
        }

        var collapsed = ImmutableArray.CreateBuilder<CollapsedRow>();
        if (root.TryGetProperty("collapsed_rows", out var rows))
        {
            foreach (var row in rows.EnumerateObject())
            {
                var group = row.Name[(row.Name.IndexOf('.', StringComparison.Ordinal) + 1)..];
                var values = schema.Applications.Columns.Select(c => new Sourced<CellValue>(CellValue.Of(row.Value.GetProperty(c.Key).GetDecimal()), SourceRef.None));
                collapsed.Add(new CollapsedRow(SchemaIds.T2.Key, group, [.. values], SourceRef.None));
            }
        }

        var model = new ReportModel(tables.ToTables())
        {
            SourceName = name,
            Format = root.GetProperty("form").GetString() ?? string.Empty,
            EditionSource = EditionSource.Tables,
            Metadata = new ReportMetadata
            {
                Title = new Sourced<string>(root.GetProperty("title").GetString()!, SourceRef.None),
                Body = new Sourced<string>(root.GetProperty("agency").GetString()!, SourceRef.None),
                Year = new Sourced<int>(root.GetProperty("year").GetInt32(), SourceRef.None),
            },
            CollapsedRows = collapsed.ToImmutable(),
        };
        var html = Path.Combine(Directory!, name + ".html");
        return File.Exists(html) ? WithProse(model, File.ReadAllText(html)) : model;
    }

    private static ReportModel WithProse(ReportModel model, string html)
    {
        var text = TableRegex().Replace(html, "\n");
        text = BreakRegex().Replace(text, "\n");
        text = TagRegex().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        text = new string([.. text.Select(LabelNormalizer.NormalizeChar)]);
        var source = new SourceText(text);
        var preamble = ImmutableArray.CreateBuilder<Sourced<string>>();
        var sections = new List<(SectionId Id, Sourced<string> Heading, List<Sourced<string>> Paragraphs)>();
        for (var line = 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            var raw = text.Substring(span.Start, span.Length);
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || raw.Contains('\t', StringComparison.Ordinal))
            {
                continue;
            }

            var where = source.GetRef(new TextSpan(span.Start + raw.IndexOf(trimmed[0], StringComparison.Ordinal), trimmed.Length));
            var heading = HeadingRegex().Match(trimmed);
            if (heading.Success)
            {
                sections.Add(((SectionId)("一二三四五六".IndexOf(heading.Groups[1].Value[0], StringComparison.Ordinal) + 1), new Sourced<string>(trimmed, where), []));
            }
            else if (sections.Count == 0)
            {
                preamble.Add(new Sourced<string>(trimmed, where));
            }
            else
            {
                sections[^1].Paragraphs.Add(new Sourced<string>(trimmed, where));
            }
        }

        return model with
        {
            SourceLength = text.Length,
            Preamble = preamble.ToImmutable(),
            Sections = [.. sections.Select(s => new ReportSection(s.Id, s.Heading, LabelMatchKind.Exact, [.. s.Paragraphs], s.Heading.Where.Span))],
        };
    }

    [GeneratedRegex(@"<table.*?</table>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TableRegex();

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>|</h\d>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakRegex();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"^([一二三四五六])、")]
    private static partial Regex HeadingRegex();
}
