using System.Text.Json;
using Gongkai.Cli.Batch;
using Gongkai.Diagnostics;
using Gongkai.Formats.Dump;
using Gongkai.Localization;

namespace Gongkai.Cli.Output;

/// <summary>The results of a check as one JSON document, for machines.</summary>
internal static class JsonOutput
{
    public static void Write(Stream stream, IReadOnlyList<CheckOutcome> all, Language lang, TimeSpan elapsed)
    {
        using var w = new Utf8JsonWriter(stream, ModelJson.WriterOptions);
        w.WriteStartObject();
        w.WriteString("tool", "gongkai");
        w.WriteString("language", lang == Language.En ? "en" : "zh-Hans");
        w.WriteStartArray("reports");
        foreach (var o in all.Where(o => o.IsReadable))
        {
            WriteReport(w, o, lang);
        }

        w.WriteEndArray();
        w.WriteStartArray("unreadable");
        foreach (var o in all.Where(o => !o.IsReadable))
        {
            w.WriteStartObject();
            w.WriteString("file", o.Path);
            if (o.Format is not null)
            {
                w.WriteString("format", o.Format);
            }

            w.WriteStartArray("problems");
            foreach (var d in o.Problems)
            {
                WriteDiagnostic(w, d, lang);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var read = all.Where(o => o.IsReadable).Select(o => o.Audit!).ToList();
        w.WriteStartObject("summary");
        w.WriteNumber("reports", read.Count);
        w.WriteNumber("unreadable", all.Count(o => !o.IsReadable && !o.IsNotAReport));
        w.WriteNumber("notReports", all.Count(o => o.IsNotAReport));
        w.WriteNumber("reportsWithErrors", read.Count(a => a.Errors > 0));
        w.WriteNumber("errors", read.Sum(a => a.Errors));
        w.WriteNumber("warnings", read.Sum(a => a.Warnings));
        w.WriteNumber("infos", read.Sum(a => a.Infos));
        w.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 3));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter w, CheckOutcome o, Language lang)
    {
        var audit = o.Audit!;
        w.WriteStartObject();
        w.WriteString("file", o.Path);
        w.WriteString("format", audit.Format);
        if (audit.Body is { } body)
        {
            w.WriteString("body", body);
        }
        else
        {
            w.WriteNull("body");
        }

        if (audit.Year is { } year)
        {
            w.WriteNumber("year", year);
        }
        else
        {
            w.WriteNull("year");
        }

        w.WriteNumber("edition", (int)audit.Edition);
        w.WriteString("editionSource", audit.EditionSource);
        w.WriteStartObject("counts");
        w.WriteNumber("error", audit.Errors);
        w.WriteNumber("warning", audit.Warnings);
        w.WriteNumber("info", audit.Infos);
        w.WriteEndObject();
        w.WriteStartArray("findings");
        foreach (var f in audit.Findings)
        {
            WriteDiagnostic(w, f, lang);
        }

        w.WriteEndArray();
        w.WriteStartArray("rules");
        foreach (var r in audit.Results)
        {
            w.WriteStartObject();
            w.WriteString("id", r.RuleId);
            w.WriteString("status", r.Status switch { Rules.RuleStatus.Pass => "pass", Rules.RuleStatus.Fail => "fail", _ => "not_assessable" });
            w.WriteNumber("checked", r.Checked);
            w.WriteNumber("unassessed", r.Unassessed);
            if (r.Reason is { } reason)
            {
                w.WriteString("reason", MessageFormatter.Fill(Catalogs.All.Find(reason.MessageKey, lang) ?? reason.MessageKey, reason.Args, lang));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d, Language lang)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        w.WriteString("message", MessageFormatter.Format(d, Catalogs.All, lang));
        w.WriteString("messageKey", d.MessageKey);
        w.WriteStartObject("args");
        foreach (var a in d.Args)
        {
            w.WriteString(a.Name, a.For(lang));
        }

        w.WriteEndObject();
        w.WritePropertyName("where");
        ModelJson.WriteRef(w, d.Primary);
        if (!d.Cells.IsDefaultOrEmpty)
        {
            w.WriteStartArray("cells");
            foreach (var c in d.Cells)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
        }

        if (!d.Related.IsDefaultOrEmpty)
        {
            w.WriteStartArray("related");
            foreach (var r in d.Related)
            {
                ModelJson.WriteRef(w, r);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
