using System.Globalization;
using System.Text;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats.Dump;

/// <summary>
/// A compact, deterministic text dump of a report model, one fact per line (after Markdig's TestSourcePosition):
/// "t2.new.total = 8 @ [1043,+1) 45:52". Used by golden-file tests and `gongkai parse --format dump`.
/// </summary>
public static class ModelDump
{
    public static string Write(ReportModel model, bool includeSpans = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        var sb = new StringBuilder(8192);
        var inv = CultureInfo.InvariantCulture;
        sb.Append("edition: ").Append((int)model.Edition).Append(" (").Append(model.EditionSource.ToString().ToLowerInvariant()).Append(")\n");
        var md = model.Metadata;
        Line(sb, "title", md.Title, includeSpans);
        Line(sb, "body", md.Body, includeSpans);
        if (md.Year is { } y)
        {
            Line(sb, "year", new Sourced<string>(y.Value.ToString(inv), y.Where), includeSpans);
        }

        if (md.StatisticalPeriod is { } p)
        {
            Line(sb, "period", new Sourced<string>(p.Value.Start.ToString("yyyy-MM-dd", inv) + ".." + p.Value.End.ToString("yyyy-MM-dd", inv), p.Where), includeSpans);
        }

        if (md.PublicationDate is { } pd)
        {
            Line(sb, "published", new Sourced<string>(pd.Value.ToString("yyyy-MM-dd", inv), pd.Where), includeSpans);
        }

        sb.Append("preamble: ").Append(model.Preamble.Length).Append(" paragraphs\n");
        foreach (var s in model.Sections)
        {
            sb.Append("section ").Append((int)s.Id).Append(' ').Append(s.HeadingMatch.ToString().ToLowerInvariant())
              .Append(": \"").Append(s.Heading.Value).Append("\", ").Append(s.Paragraphs.Length).Append(" paragraphs");
            if (includeSpans)
            {
                sb.Append(" @ ").Append(s.Heading.Where);
            }

            sb.Append('\n');
        }

        foreach (var table in model.Schema.Tables)
        {
            var loc = model.Tables.Location(table.Id);
            sb.Append(table.Key).Append(loc.IsNone ? ": not found\n" : ": found @ " + (includeSpans ? loc.ToString() : "") + "\n");
            foreach (var f in table.Fields)
            {
                var c = model.Tables[f];
                sb.Append(f.Id).Append(" = ").Append(c.Value.ToString());
                if (includeSpans && !c.Where.IsNone)
                {
                    sb.Append(" @ ").Append(c.Where);
                }

                sb.Append('\n');
            }
        }

        foreach (var cr in model.CollapsedRows)
        {
            sb.Append("collapsed ").Append(cr.TableKey).Append('.').Append(cr.GroupKey).Append(':');
            foreach (var v in cr.Values)
            {
                sb.Append(' ').Append(v.Value.ToString());
            }

            sb.Append('\n');
        }

        foreach (var n in model.PrintedNotes)
        {
            sb.Append("note ").Append(n.Value);
            if (includeSpans)
            {
                sb.Append(" @ ").Append(n.Where);
            }

            sb.Append('\n');
        }

        foreach (var l in model.Labels)
        {
            if (l.Kind == Labels.LabelMatchKind.Exact)
            {
                continue;
            }

            sb.Append("label ").Append(l.Kind.ToString().ToLowerInvariant()).Append(": \"").Append(l.Printed).Append('"');
            if (l.Target is { } t)
            {
                sb.Append(" -> ").Append(t.Kind.ToString().ToLowerInvariant()).Append(" t").Append((int)t.Table).Append('.').Append(t.Key.Length == 0 ? "(value)" : t.Key);
            }

            if (l.OtherEdition)
            {
                sb.Append(" [other edition]");
            }

            if (l.HasValues)
            {
                sb.Append(" [with values]");
            }

            if (includeSpans)
            {
                sb.Append(" @ ").Append(l.Where);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string name, Sourced<string>? value, bool spans)
    {
        if (value is not { } v)
        {
            sb.Append(name).Append(": -\n");
            return;
        }

        sb.Append(name).Append(": \"").Append(v.Value).Append('"');
        if (spans)
        {
            sb.Append(" @ ").Append(v.Where);
        }

        sb.Append('\n');
    }
}
