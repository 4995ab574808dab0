using System.Collections.Immutable;
using System.Text;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;
using T1 = Gongkai.Schema.SchemaIds.T1;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Rules.Tests;

/// <summary>
/// Builds report models by hand, starting from a clean, balanced report of an invented agency, so that each test
/// changes exactly what it is about. The prose is assembled into one source text, so every paragraph and heading
/// has a real span, line and column.
/// </summary>
internal sealed class TestReport
{
    private readonly ReportSchema _schema;
    private readonly ReportTables.Builder _tables;
    private readonly List<string> _preamble = [];
    private readonly List<(SectionId Id, string Heading, List<string> Paragraphs)> _sections = [];
    private readonly List<LabelObservation> _labels = [];
    private readonly List<(string Group, decimal[] Values)> _collapsed = [];
    private readonly List<string> _notes = [];
    private readonly bool[] _tableFound = [true, true, true];
    private string? _title;
    private string? _body;
    private int? _year;
    private DateRange? _period;
    private Reports.EditionSource _editionSource = Reports.EditionSource.Tables;

    private TestReport(ReportSchema schema)
    {
        _schema = schema;
        _tables = ReportTables.CreateBuilder(schema);
        foreach (var f in schema.Fields)
        {
            _tables.Set(f, CellValue.Of(0));
        }
    }

    /// <summary>A balanced 2021-format report for 2023 of 青禾市生态环境局, whose prose agrees with its tables.</summary>
    public static TestReport Clean2021()
    {
        var r = new TestReport(ReportSchema.Edition2021)
        {
            _title = "青禾市生态环境局2023年政府信息公开工作年度报告",
            _body = "青禾市生态环境局",
            _year = 2023,
            _period = new DateRange(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)),
        };
        r.Set(T1.Cell(T1.NormativeDocs, T1.Issued), 2).Set(T1.Cell(T1.NormativeDocs, T1.Repealed), 1).Set(T1.Cell(T1.NormativeDocs, T1.InForce), 10);
        r.Set(T1.Cell(T1.Licensing, T1.Value), 12).Set(T1.Cell(T1.Penalty, T1.Value), 3).Set(T1.Cell(T1.Fees10kYuan, T1.Value), 0.5m);
        r.FillApplications();
        r._notes.AddRange(["balance", "partial_once", "unit_10k_yuan"]);
        r._preamble.Add("本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，所列数据的统计期限为2023年1月1日至2023年12月31日。");
        r.AddSections(2023);
        r.Prose(SectionId.Overview, "（一）主动公开。全年主动公开各类信息 120 条，其中工作动态 80 条、通知公告 40 条。全年制发行政规范性文件 2 件。");
        r.AddStandardLabels();
        return r;
    }

    /// <summary>A balanced 2019-trial-format report for 2020 of 临川县民政局.</summary>
    public static TestReport Clean2019()
    {
        var r = new TestReport(ReportSchema.Edition2019)
        {
            _title = "临川县民政局2020年政府信息公开工作年度报告",
            _body = "临川县民政局",
            _year = 2020,
            _period = new DateRange(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)),
        };
        r.Set(T1.Cell(T1.NormativeDocs, T1.NewMade), 2).Set(T1.Cell(T1.NormativeDocs, T1.NewPublished), 2).Set(T1.Cell(T1.NormativeDocs, T1.TotalPublished), 10);
        r.Set(T1.Cell(T1.Licensing, T1.PrevItems), 5).Set(T1.Cell(T1.Licensing, T1.Change), -1).Set(T1.Cell(T1.Licensing, T1.Decisions), 30);
        r.Set(T1.Cell(T1.Procurement, T1.ProcurementCount), 2).Set(T1.Cell(T1.Procurement, T1.ProcurementAmount), 15000);
        r.FillApplications();
        r._notes.AddRange(["balance", "partial_once"]);
        r._preamble.Add("本报告依据《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）编制，所列数据的统计期限为2020年1月1日至2020年12月31日。");
        r.AddSections(2020);
        r.Prose(SectionId.Overview, "（一）主动公开。全年新公开规范性文件 2 件。");
        r.AddStandardLabels();
        return r;
    }

    public ReportSchema Schema => _schema;

    public TestReport Set(string fieldId, decimal value)
    {
        _tables.Set(fieldId, CellValue.Of(value));
        return this;
    }

    public TestReport Blank(string fieldId)
    {
        _tables.Set(fieldId, CellValue.Blank());
        return this;
    }

    public TestReport Placeholder(string fieldId, string raw = "/")
    {
        _tables.Set(fieldId, CellValue.Placeholder(raw));
        return this;
    }

    public TestReport Unreadable(string fieldId, string raw)
    {
        _tables.Set(fieldId, CellValue.Unreadable(raw));
        return this;
    }

    public TestReport Absent(string fieldId)
    {
        _tables.Set(fieldId, CellValue.Absent);
        return this;
    }

    /// <summary>Removes a row: every cell absent.</summary>
    public TestReport DropRow(TableId table, string rowKey)
    {
        var t = _schema.Table(table);
        foreach (var f in t.FieldsOf(t.Row(rowKey)))
        {
            _tables.Set(f, CellValue.Absent);
        }

        return this;
    }

    /// <summary>Removes a column of table 2 or 3: absent in every row.</summary>
    public TestReport DropColumn(TableId table, string columnKey)
    {
        foreach (var f in _schema.Table(table).Fields)
        {
            if (f.Column.Key == columnKey)
            {
                _tables.Set(f, CellValue.Absent);
            }
        }

        return this;
    }

    public TestReport DropTable(TableId table)
    {
        foreach (var f in _schema.Table(table).Fields)
        {
            _tables.Set(f, CellValue.Absent);
        }

        _tableFound[(int)table - 1] = false;
        return this;
    }

    public TestReport DropSection(SectionId id)
    {
        _sections.RemoveAll(s => s.Id == id);
        return this;
    }

    /// <summary>Puts the sections in the given order (sections not named are dropped).</summary>
    public TestReport Order(params SectionId[] order)
    {
        var copy = _sections.ToList();
        _sections.Clear();
        foreach (var id in order)
        {
            _sections.Add(copy.Single(s => s.Id == id));
        }

        return this;
    }

    /// <summary>Adds a paragraph to a section.</summary>
    public TestReport Prose(SectionId id, string paragraph)
    {
        _sections.Single(s => s.Id == id).Paragraphs.Add(paragraph);
        return this;
    }

    /// <summary>Removes every paragraph (headings and preamble stay unless <paramref name="preamble"/>).</summary>
    public TestReport ClearProse(bool preamble = false)
    {
        foreach (var s in _sections)
        {
            s.Paragraphs.Clear();
        }

        if (preamble)
        {
            _preamble.Clear();
        }

        return this;
    }

    public TestReport ClearProse(SectionId id)
    {
        _sections.Single(s => s.Id == id).Paragraphs.Clear();
        return this;
    }

    public TestReport Preamble(string paragraph)
    {
        _preamble.Add(paragraph);
        return this;
    }

    public TestReport Title(string? title)
    {
        _title = title;
        return this;
    }

    public TestReport Body(string? body)
    {
        _body = body;
        return this;
    }

    public TestReport Year(int? year)
    {
        _year = year;
        return this;
    }

    public TestReport Period(DateOnly start, DateOnly end)
    {
        _period = new DateRange(start, end);
        return this;
    }

    public TestReport NoPeriod()
    {
        _period = null;
        return this;
    }

    public TestReport Edition(Reports.EditionSource source)
    {
        _editionSource = source;
        return this;
    }

    public TestReport WithoutNote(string key)
    {
        _notes.Remove(key);
        return this;
    }

    public TestReport NoLabels()
    {
        _labels.Clear();
        return this;
    }

    /// <summary>Records a label as read, matched to <paramref name="official"/> (or unknown when null).</summary>
    public TestReport Label(string printed, LabelMatchKind kind, string? official, bool hasValues = false, bool otherEdition = false)
    {
        var target = official is null ? null : LabelIndex.Default.Match(official).Best;
        _labels.Add(new LabelObservation(printed, kind, target, 1, new SourceRef(new TextSpan(0, printed.Length), 1, 1)) { HasValues = hasValues, OtherEdition = otherEdition });
        return this;
    }

    /// <summary>
    /// Prints a 2021 group as a single row, as the 2019 layout does: its sub-rows become absent and the row's values
    /// (one per column, 总计 last) are recorded as collapsed.
    /// </summary>
    public TestReport Collapse(string group, params decimal[] values)
    {
        var t2 = _schema.Applications;
        foreach (var row in t2.RowsOf(group))
        {
            DropRow(TableId.Applications, row.Key);
        }

        _collapsed.Add((group, values));
        return this;
    }

    public ReportModel Build()
    {
        var text = new StringBuilder();
        var places = new List<(int Start, int Length)>();

        int Line(string s)
        {
            var start = text.Length;
            text.Append(s).Append('\n');
            places.Add((start, s.Length));
            return places.Count - 1;
        }

        var titleAt = _title is null ? -1 : Line(_title);
        var preambleAt = _preamble.Select(Line).ToList();
        var sectionAt = new List<(int Heading, List<int> Paragraphs, int TableLine)>();
        foreach (var s in _sections)
        {
            var h = Line(s.Heading);
            var ps = s.Paragraphs.Select(Line).ToList();
            var table = s.Id is SectionId.Proactive or SectionId.Applications or SectionId.Appeals ? Line("[表]") : -1;
            sectionAt.Add((h, ps, table));
        }

        var source = new SourceText(text.ToString());
        SourceRef Ref(int i) => i < 0 ? SourceRef.None : source.GetRef(new TextSpan(places[i].Start, places[i].Length));

        foreach (var (id, i) in new[] { (SectionId.Proactive, TableId.Proactive), (SectionId.Applications, TableId.Applications), (SectionId.Appeals, TableId.Appeals) })
        {
            var at = _sections.FindIndex(s => s.Id == id);
            _tables.SetLocation(i, _tableFound[(int)i - 1] ? (at >= 0 ? Ref(sectionAt[at].TableLine) : new SourceRef(new TextSpan(0, 0), 1, 1)) : SourceRef.None);
        }

        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        for (var k = 0; k < _sections.Count; k++)
        {
            var s = _sections[k];
            var (h, ps, tl) = sectionAt[k];
            var heading = new Sourced<string>(s.Heading, Ref(h));
            var end = places[Math.Max(tl, ps.Count > 0 ? ps[^1] : h)];
            sections.Add(new ReportSection(
                s.Id,
                heading,
                LabelMatchKind.Exact,
                [.. s.Paragraphs.Select((p, j) => new Sourced<string>(p, Ref(ps[j])))],
                TextSpan.FromBounds(places[h].Start, end.Start + end.Length)));
        }

        var tables = _tables.ToTables();
        var collapsed = _collapsed.Select(c => new CollapsedRow(
            T2.Key,
            c.Group,
            [.. c.Values.Select(v => new Sourced<CellValue>(CellValue.Of(v), SourceRef.None))],
            tables.Location(TableId.Applications))).ToImmutableArray();

        return new ReportModel(tables)
        {
            SourceName = "test",
            Format = "text",
            SourceLength = text.Length,
            Metadata = new ReportMetadata
            {
                Title = _title is null ? null : new Sourced<string>(_title, Ref(titleAt)),
                Body = _body is null ? null : new Sourced<string>(_body, Ref(titleAt)),
                Year = _year is { } y ? new Sourced<int>(y, Ref(titleAt)) : null,
                StatisticalPeriod = _period is { } p ? new Sourced<DateRange>(p, preambleAt.Count > 0 ? Ref(preambleAt[0]) : SourceRef.None) : null,
            },
            EditionSource = _editionSource,
            Preamble = [.. _preamble.Select((p, j) => new Sourced<string>(p, Ref(preambleAt[j])))],
            Sections = sections.ToImmutable(),
            Labels = [.. _labels],
            CollapsedRows = collapsed,
            PrintedNotes = [.. _notes.Select(n => new Sourced<string>(n, tables.Location(n == "unit_10k_yuan" ? TableId.Proactive : TableId.Applications)))],
        };
    }

    private void FillApplications()
    {
        // rows of table 2: natural persons, commercial enterprises; the total column is filled from them
        Row(T2.New, 5, 2);
        Row(T2.CarriedOver, 1, 0);
        Row(T2.Granted, 3, 1);
        Row(T2.Partial, 1, 0);
        Row(T2.Sub(T2.Denied, 4), 0, 1);
        Row(T2.Sub(T2.Unable, 1), 1, 0);
        Row(T2.ResultsTotal, 5, 2);
        Row(T2.CarriedForward, 1, 0);
        Set(T3.Cell(T3.Review, T3.Upheld), 1).Set(T3.Cell(T3.Review, T3.Total), 1);
    }

    private void Row(string row, decimal naturalPerson, decimal commercial)
    {
        Set(T2.Cell(row, T2.NaturalPerson), naturalPerson);
        Set(T2.Cell(row, T2.Commercial), commercial);
        Set(T2.Cell(row, T2.Total), naturalPerson + commercial);
    }

    private void AddSections(int year)
    {
        foreach (var def in _schema.Sections)
        {
            _sections.Add((def.Id, def.FullHeading, []));
        }

        Prose(SectionId.Overview, year + "年，本机关认真贯彻《条例》，持续推进政务公开工作。");
        Prose(SectionId.Overview, "（二）依申请公开。全年收到政府信息公开申请 7 件，其中自然人申请 5 件、商业企业 2 件；另有上年结转申请 1 件。本年度办结 7 件，结转下年度继续办理 1 件。办结的申请中，予以公开 4 件，占 57.14%；部分公开 1 件、不予公开 1 件、无法提供 1 件。");
        Prose(SectionId.Overview, "（三）政府信息管理。严格执行信息发布前的保密审查和审核制度。");
        Prose(SectionId.Overview, "（四）政府信息公开平台建设。持续维护门户网站信息公开专栏。");
        Prose(SectionId.Overview, "（五）监督保障。将政务公开工作纳入年度绩效考核。");
        Prose(SectionId.Appeals, "全年发生政府信息公开行政复议案件 1 件，结果维持。");
        Prose(SectionId.Problems, "主要问题是信息发布的及时性仍需提高，下一步将加强业务培训。");
        Prose(SectionId.Other, "本年度未收取信息处理费。");
    }

    private void AddStandardLabels()
    {
        foreach (var row in _schema.Applications.Rows)
        {
            Label(row.Label, LabelMatchKind.Exact, row.Label);
        }
    }
}
