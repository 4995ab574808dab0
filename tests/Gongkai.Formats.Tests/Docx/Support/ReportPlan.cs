using Gongkai.Formats.PlainText;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Tests.Docx;

/// <summary>One cell of a table as the national format lays it out: its printed text and how far it spans.</summary>
internal sealed record PlanCell(string Text, int RowSpan = 1, int ColSpan = 1, string? FieldId = null);

/// <summary>A paragraph (<see cref="Level"/> 0) or heading, or a table, in document order.</summary>
internal sealed record PlanItem(int Level, string Text, PlanTable? Table = null);

/// <summary>A table in the national layout: rows of cells with their spans, and the grid width.</summary>
internal sealed record PlanTable(TableId Id, int Width, List<List<PlanCell>> Rows);

/// <summary>
/// A sample report (samples/*.txt, ours) read with the plain-text reader and laid out again as the national format
/// prints it: title, preamble, sections with their headings, and the three tables with merged cells (the 勾稽关系 note
/// over 3×3 cells, "三、本年度办理结果" down 22 rows, the group labels, the header bands). Text is taken as printed in
/// the sample (full-width stays full-width), values too, so a reader of the generated document must give back the
/// sample's every cell.
/// </summary>
internal sealed class ReportPlan
{
    private readonly string _source;
    private readonly ReportModel _model;

    private ReportPlan(string source, ReportModel model)
    {
        _source = source;
        _model = model;
    }

    public ReportModel Model => _model;

    public List<PlanItem> Items { get; } = [];

    public static ReportPlan FromSample(string path)
    {
        var text = File.ReadAllText(path);
        var model = PlainTextReader.Instance.ReadText(path, text).Value ?? throw new InvalidOperationException(path + " did not read");
        var plan = new ReportPlan(text, model);
        plan.Build();
        return plan;
    }

    private string Printed(SourceRef where, string fallback) =>
        where.IsNone || where.Span.End > _source.Length ? fallback : _source.Substring(where.Span.Start, where.Span.Length);

    private void Build()
    {
        if (_model.Metadata.Title is { } title)
        {
            Items.Add(new PlanItem(1, Printed(title.Where, title.Value)));
        }

        foreach (var p in _model.Preamble)
        {
            Items.Add(new PlanItem(0, Printed(p.Where, p.Value)));
        }

        foreach (var s in _model.Sections)
        {
            Items.Add(new PlanItem(2, Printed(s.Heading.Where, s.Heading.Value)));
            if (s.Id is SectionId.Proactive or SectionId.Applications or SectionId.Appeals)
            {
                var id = s.Id == SectionId.Proactive ? TableId.Proactive : s.Id == SectionId.Applications ? TableId.Applications : TableId.Appeals;
                Items.Add(new PlanItem(0, string.Empty, id switch
                {
                    TableId.Proactive => Proactive(),
                    TableId.Applications => Applications(),
                    _ => Appeals(),
                }));
            }

            foreach (var p in s.Paragraphs)
            {
                Items.Add(new PlanItem(0, Printed(p.Where, p.Value)));
            }
        }
    }

    /// <summary>The label as the sample printed it, else the official one.</summary>
    private string Label(TableId table, string key, string official, LabelKind kind = LabelKind.Row)
    {
        foreach (var o in _model.Labels)
        {
            if (o.Target is { } t && t.Table == table && t.Key == key && t.Kind == kind && !o.OtherEdition)
            {
                return o.Printed;
            }
        }

        return official;
    }

    private PlanCell Value(FieldDef f, int colSpan = 1)
    {
        var c = _model.Tables[f];
        var text = c.Value.IsAbsent ? string.Empty : Printed(c.Where, c.Value.Raw);
        return new PlanCell(c.Value.State == CellState.Blank ? string.Empty : text, 1, colSpan, f.Id);
    }

    private PlanTable Proactive()
    {
        var t = _model.Schema.Proactive;
        var width = 1 + t.Blocks.Max(b => b.Columns.Length);
        var rows = new List<List<PlanCell>>();
        foreach (var b in t.Blocks)
        {
            rows.Add([new PlanCell(Label(TableId.Proactive, b.Key, b.Label, LabelKind.Block), 1, width)]);
            var header = new List<PlanCell> { new("信息内容") };
            for (var i = 0; i < b.Columns.Length; i++)
            {
                header.Add(new PlanCell(b.Columns[i].Label, 1, i == b.Columns.Length - 1 ? width - b.Columns.Length : 1));
            }

            rows.Add(header);
            foreach (var key in b.RowKeys)
            {
                var def = t.Row(key);
                var row = new List<PlanCell> { new(Label(TableId.Proactive, key, def.Label)) };
                var fields = t.FieldsOf(def);
                for (var i = 0; i < fields.Length; i++)
                {
                    row.Add(Value(fields[i], i == fields.Length - 1 ? width - fields.Length : 1));
                }

                rows.Add(row);
            }
        }

        return new PlanTable(TableId.Proactive, width, rows);
    }

    private PlanTable Applications()
    {
        var t = _model.Schema.Applications;
        var c = t.Columns;
        var rows = new List<List<PlanCell>>
        {
            new() { new("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new("申请人情况", 1, 7) },
            new() { new(c[0].Label, 2, 1), new("法人或其他组织", 1, 5), new(c[6].Label, 2, 1) },
            new() { new(c[1].Label), new(c[2].Label), new(c[3].Label), new(c[4].Label), new(c[5].Label) },
        };
        var results = t.Rows.Where(r => r.GroupKey is not null).ToList();
        string? openGroup = null;
        foreach (var def in t.Rows)
        {
            var row = new List<PlanCell>();
            if (def.GroupKey is null)
            {
                row.Add(new PlanCell(Label(TableId.Applications, def.Key, def.Label), 1, 3));
            }
            else
            {
                if (ReferenceEquals(def, results[0]))
                {
                    var g = t.Group(SchemaIds.T2.Results)!;
                    row.Add(new PlanCell(Label(TableId.Applications, g.Key, g.Label, LabelKind.Group), results.Count, 1));
                }

                if (def.GroupKey == SchemaIds.T2.Results)
                {
                    row.Add(new PlanCell(Label(TableId.Applications, def.Key, def.Label), 1, 2));
                }
                else
                {
                    if (openGroup != def.GroupKey)
                    {
                        var g = t.Group(def.GroupKey)!;
                        row.Add(new PlanCell(Label(TableId.Applications, g.Key, g.Label, LabelKind.Group), t.RowsOf(g.Key).Count(), 1));
                        openGroup = def.GroupKey;
                    }

                    row.Add(new PlanCell(Label(TableId.Applications, def.Key, def.Label)));
                }
            }

            row.AddRange(t.FieldsOf(def).Select(f => Value(f)));
            rows.Add(row);
        }

        return new PlanTable(TableId.Applications, 10, rows);
    }

    private PlanTable Appeals()
    {
        var t = _model.Schema.Appeals;
        var cols = t.Columns;
        var top = new List<PlanCell> { new(Label(TableId.Appeals, SchemaIds.T3.Review, "行政复议"), 1, 5), new(Label(TableId.Appeals, SchemaIds.T3.Litigation, "行政诉讼", LabelKind.Group), 1, 10) };
        var second = cols.Select(c => new PlanCell(c.Label, 2, 1)).ToList();
        second.Add(new PlanCell(Label(TableId.Appeals, SchemaIds.T3.SuitDirect, "未经复议直接起诉"), 1, 5));
        second.Add(new PlanCell(Label(TableId.Appeals, SchemaIds.T3.SuitAfterReview, "复议后起诉"), 1, 5));
        var third = cols.Concat(cols).Select(c => new PlanCell(c.Label)).ToList();
        var values = t.Fields.Select(f => Value(f)).ToList();
        return new PlanTable(TableId.Appeals, 15, [top, second, third, values]);
    }
}
