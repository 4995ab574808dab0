using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;
using T1 = Gongkai.Schema.SchemaIds.T1;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Rules.Tests;

/// <summary>A fact that runs only where the shared example reports are beside the repository.</summary>
public sealed class ExampleFactAttribute : FactAttribute
{
    public ExampleFactAttribute()
    {
        if (ExampleCorpus.Directory is null)
        {
            Skip = "../shared/corpus/examples is not beside this clone: the example-report tests need it";
        }
    }
}

/// <summary>
/// Rough models of the five example reports (shared/corpus/examples), built here so that the rules can be tried on
/// real prose before the readers exist: lines without a tab are prose, grouped under the headings 一、…六、; lines
/// with tabs are table rows, placed by their label (table 2), by their row name (table 1) or as the single row of
/// fifteen numbers (table 3). Not a reader: just enough to run the catalogue.
/// </summary>
internal static partial class ExampleCorpus
{
    public static string? Directory
    {
        get
        {
            var shared = Gongkai.Tests.TestPaths.Shared;
            var dir = shared is null ? null : Path.Combine(shared, "corpus", "examples");
            return dir is not null && System.IO.Directory.Exists(dir) ? dir : null;
        }
    }

    public static ReportModel Load(string prefix)
    {
        var file = System.IO.Directory.GetFiles(Directory!, prefix + "_*.txt").Single();
        var text = Normalize(File.ReadAllText(file));
        var source = new SourceText(text);
        var tables = ReportTables.CreateBuilder(ReportSchema.Edition2021);
        var found = new bool[3];
        var firstLine = new SourceRef[3];
        var preamble = ImmutableArray.CreateBuilder<Sourced<string>>();
        var sections = new List<(SectionId Id, Sourced<string> Heading, List<Sourced<string>> Paragraphs)>();
        Sourced<string>? title = null;
        var notes = new HashSet<string>(StringComparer.Ordinal);
        for (var line = 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            var raw = text.Substring(span.Start, span.Length);
            var trimmed = raw.Trim().TrimStart('#').Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var start = span.Start + raw.IndexOf(trimmed[0], StringComparison.Ordinal);
            var where = source.GetRef(new TextSpan(start, trimmed.Length));
            if (raw.Contains('\t', StringComparison.Ordinal))
            {
                NoteMarkers(raw, notes);
                var t = TableRow(raw, tables);
                if (t > 0 && !found[t - 1])
                {
                    found[t - 1] = true;
                    firstLine[t - 1] = where;
                }

                continue;
            }

            if (title is null)
            {
                title = new Sourced<string>(trimmed, where);
                continue;
            }

            var heading = HeadingRegex().Match(trimmed);
            if (heading.Success)
            {
                var id = (SectionId)("一二三四五六".IndexOf(heading.Groups[1].Value[0], StringComparison.Ordinal) + 1);
                sections.Add((id, new Sourced<string>(trimmed, where), []));
                continue;
            }

            var paragraph = new Sourced<string>(trimmed, where);
            if (sections.Count == 0)
            {
                preamble.Add(paragraph);
            }
            else
            {
                sections[^1].Paragraphs.Add(paragraph);
            }
        }

        for (var t = 0; t < 3; t++)
        {
            if (found[t])
            {
                tables.SetLocation((TableId)(t + 1), firstLine[t]);
            }
        }

        return new ReportModel(tables.ToTables())
        {
            SourceName = Path.GetFileName(file),
            Format = "text",
            SourceLength = text.Length,
            EditionSource = EditionSource.Tables,
            Metadata = new ReportMetadata { Title = title, StatisticalPeriod = Period(preamble.Concat(sections.SelectMany(s => s.Paragraphs))) },
            Preamble = preamble.ToImmutable(),
            Sections = [.. sections.Select(s => new ReportSection(s.Id, s.Heading, LabelMatchKind.Exact, [.. s.Paragraphs], s.Heading.Where.Span))],
            PrintedNotes = [.. notes.Select(n => new Sourced<string>(n, SourceRef.None))],
        };
    }

    private static string Normalize(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = LabelNormalizer.NormalizeChar(chars[i]);
        }

        return new string(chars);
    }

    private static void NoteMarkers(string line, HashSet<string> notes)
    {
        if (line.Contains("勾稽关系", StringComparison.Ordinal))
        {
            notes.Add("balance");
        }

        if (line.Contains("只计这一情形", StringComparison.Ordinal))
        {
            notes.Add("partial_once");
        }

        if (line.Contains("万元", StringComparison.Ordinal))
        {
            notes.Add("unit_10k_yuan");
        }
    }

    /// <summary>Places the numbers of one table line; returns the table number, or 0.</summary>
    private static int TableRow(string line, ReportTables.Builder tables)
    {
        var cells = line.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        var numbers = cells.Where(IsNumber).Select(c => decimal.Parse(c, CultureInfo.InvariantCulture)).ToList();
        var labels = cells.Where(c => !IsNumber(c)).ToList();
        if (numbers.Count == 15 && labels.Count == 0)
        {
            var i = 0;
            foreach (var row in new[] { T3.Review, T3.SuitDirect, T3.SuitAfterReview })
            {
                foreach (var col in new[] { T3.Upheld, T3.Corrected, T3.OtherResult, T3.Pending, T3.Total })
                {
                    tables.Set(T3.Cell(row, col), CellValue.Of(numbers[i++]));
                }
            }

            return 3;
        }

        if (labels.Count == 0 || numbers.Count == 0)
        {
            return 0;
        }

        var t1 = tables.Schema.Proactive;
        var t1Row = t1.Rows.FirstOrDefault(r => r.Label == labels[^1]);
        if (t1Row is not null)
        {
            var cols = t1.ColumnsOf(t1Row);
            for (var i = 0; i < cols.Length && i < numbers.Count; i++)
            {
                tables.Set(T1.Cell(t1Row.Key, cols[i].Key), CellValue.Of(numbers[i]));
            }

            return 1;
        }

        if (numbers.Count != 7)
        {
            return 0;
        }

        var match = LabelIndex.Default.Match(labels[^1], TableId.Applications);
        if (match.Best is not { Kind: LabelKind.Row, Table: TableId.Applications } target)
        {
            return 0;
        }

        var t2 = tables.Schema.Applications;
        for (var i = 0; i < 7; i++)
        {
            tables.Set(t2.Field(target.Key, t2.Columns[i].Key), CellValue.Of(numbers[i]));
        }

        return 2;
    }

    private static bool IsNumber(string cell) => NumberRegex().IsMatch(cell);

    private static Sourced<DateRange>? Period(IEnumerable<Sourced<string>> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            if (!p.Value.Contains("统计期限", StringComparison.Ordinal))
            {
                continue;
            }

            var dates = DateRegex().Matches(p.Value);
            if (dates.Count >= 2)
            {
                static DateOnly D(Match m) => new(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
                return new Sourced<DateRange>(new DateRange(D(dates[0]), D(dates[1])), p.Where);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^([一二三四五六])、")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex DateRegex();
}
