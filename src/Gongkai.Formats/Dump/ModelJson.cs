using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats.Dump;

/// <summary>
/// The report model as JSON, for machines (`gongkai parse --format json`): metadata, sections with their prose,
/// every cell with its state and span, label observations. Deterministic: fixed property order, invariant culture.
/// </summary>
public static class ModelJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ReportModel model)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(w, model);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(model);
        w.WriteStartObject();
        w.WriteString("source", model.SourceName);
        w.WriteString("format", model.Format);
        w.WriteNumber("edition", (int)model.Edition);
        w.WriteString("editionSource", model.EditionSource.ToString().ToLowerInvariant());
        WriteMetadata(w, model.Metadata);

        w.WriteStartArray("preamble");
        foreach (var p in model.Preamble)
        {
            WriteText(w, p);
        }

        w.WriteEndArray();
        w.WriteStartArray("sections");
        foreach (var s in model.Sections)
        {
            w.WriteStartObject();
            w.WriteNumber("number", (int)s.Id);
            w.WriteString("id", s.Id.ToString());
            w.WritePropertyName("heading");
            WriteText(w, s.Heading);
            w.WriteString("headingMatch", s.HeadingMatch.ToString().ToLowerInvariant());
            w.WriteStartArray("paragraphs");
            foreach (var p in s.Paragraphs)
            {
                WriteText(w, p);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("tables");
        foreach (var table in model.Schema.Tables)
        {
            w.WriteStartObject(table.Key);
            var loc = model.Tables.Location(table.Id);
            w.WriteBoolean("found", !loc.IsNone);
            if (!loc.IsNone)
            {
                w.WritePropertyName("where");
                WriteRef(w, loc);
            }

            w.WriteStartObject("cells");
            foreach (var f in table.Fields)
            {
                w.WritePropertyName(f.Id);
                WriteCell(w, model.Tables[f]);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();

        w.WriteStartArray("collapsedRows");
        foreach (var c in model.CollapsedRows)
        {
            w.WriteStartObject();
            w.WriteString("group", c.TableKey + "." + c.GroupKey);
            w.WriteStartArray("values");
            foreach (var v in c.Values)
            {
                WriteCell(w, v);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("printedNotes");
        foreach (var n in model.PrintedNotes)
        {
            w.WriteStringValue(n.Value);
        }

        w.WriteEndArray();
        w.WriteStartArray("labels");
        foreach (var l in model.Labels)
        {
            w.WriteStartObject();
            w.WriteString("printed", l.Printed);
            w.WriteString("match", l.Kind.ToString().ToLowerInvariant());
            if (l.Target is { } t)
            {
                w.WriteString("official", t.Label);
                w.WriteString("kind", t.Kind.ToString().ToLowerInvariant());
                w.WriteString("key", "t" + (int)t.Table + "." + t.Key);
            }

            if (l.OtherEdition)
            {
                w.WriteBoolean("otherEdition", true);
            }

            if (l.HasValues)
            {
                w.WriteBoolean("hasValues", true);
            }

            w.WritePropertyName("where");
            WriteRef(w, l.Where);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteRef(Utf8JsonWriter w, SourceRef r)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (r.IsNone)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteNumber("offset", r.Span.Start);
        w.WriteNumber("length", r.Span.Length);
        w.WriteNumber("line", r.Line);
        w.WriteNumber("column", r.Column);
        if (r.Anchor is not null)
        {
            w.WriteString("anchor", r.Anchor);
        }

        w.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter w, ReportMetadata md)
    {
        w.WriteStartObject("metadata");
        if (md.Title is { } t)
        {
            w.WritePropertyName("title");
            WriteText(w, t);
        }

        if (md.Body is { } b)
        {
            w.WritePropertyName("body");
            WriteText(w, b);
        }

        if (md.Year is { } y)
        {
            w.WriteStartObject("year");
            w.WriteNumber("value", y.Value);
            w.WritePropertyName("where");
            WriteRef(w, y.Where);
            w.WriteEndObject();
        }

        if (md.StatisticalPeriod is { } p)
        {
            w.WriteStartObject("statisticalPeriod");
            w.WriteString("start", p.Value.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("end", p.Value.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WritePropertyName("where");
            WriteRef(w, p.Where);
            w.WriteEndObject();
        }

        if (md.PublicationDate is { } d)
        {
            w.WriteStartObject("publicationDate");
            w.WriteString("value", d.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WritePropertyName("where");
            WriteRef(w, d.Where);
            w.WriteEndObject();
        }

        if (md.SourceUrl is not null)
        {
            w.WriteString("sourceUrl", md.SourceUrl);
        }

        w.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter w, Sourced<string> s)
    {
        w.WriteStartObject();
        w.WriteString("text", s.Value);
        w.WritePropertyName("where");
        WriteRef(w, s.Where);
        w.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter w, Sourced<CellValue> c)
    {
        w.WriteStartObject();
        w.WriteString("state", c.Value.State.ToString().ToLowerInvariant());
        if (c.Value.IsNumber)
        {
            w.WriteNumber("value", c.Value.Number);
        }

        if (c.Value.Raw.Length > 0 && !(c.Value.IsNumber && c.Value.Raw == c.Value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            w.WriteString("printed", c.Value.Raw);
        }

        if (!c.Where.IsNone)
        {
            w.WritePropertyName("where");
            WriteRef(w, c.Where);
        }

        w.WriteEndObject();
    }
}
