using System.Text.RegularExpressions;
using Gongkai.Reports;

namespace Gongkai.Rules;

/// <summary>Facts about a report that several rules need: whether it came from a document, its year, its body.</summary>
internal static partial class ReportFacts
{
    /// <summary>
    /// True when the model was read from a document (it has text, sections or a preamble). A model built from data
    /// (a register, an authoring file) has no prose, and the rules about sections and prose do not apply to it.
    /// </summary>
    public static bool HasDocumentText(ReportModel report) =>
        report.SourceLength > 0 || !report.Sections.IsDefaultOrEmpty || !report.Preamble.IsDefaultOrEmpty;

    /// <summary>The year printed in the title ("2023 年"), or null.</summary>
    public static int? TitleYear(ReportModel report)
    {
        if (report.Metadata.Title is not { } title)
        {
            return null;
        }

        var m = YearRegex().Match(title.Value);
        return m.Success ? int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The year reported on: the metadata's, else the title's.</summary>
    public static int? Year(ReportModel report) => report.Metadata.Year?.Value ?? TitleYear(report);

    /// <summary>The reporting body: the metadata's, else the title without its year and the words "政府信息公开工作年度报告".</summary>
    public static string? Body(ReportModel report)
    {
        if (report.Metadata.Body is { } b && !string.IsNullOrWhiteSpace(b.Value))
        {
            return b.Value.Trim();
        }

        if (report.Metadata.Title is not { } t)
        {
            return null;
        }

        var title = YearRegex().Replace(t.Value, string.Empty);
        var i = title.IndexOf("政府信息公开", StringComparison.Ordinal);
        if (i < 0)
        {
            i = title.IndexOf("政务公开", StringComparison.Ordinal);
        }

        var body = (i < 0 ? title : title[..i]).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("#", string.Empty, StringComparison.Ordinal).Trim();
        return body.Length >= 2 ? body : null;
    }

    /// <summary>A body name reduced for loose comparison: no spaces or punctuation, no "人民政府" spelt out differently.</summary>
    public static string NormalizeBody(string body)
    {
        var sb = new System.Text.StringBuilder(body.Length);
        foreach (var raw in body)
        {
            var c = Labels.LabelNormalizer.NormalizeChar(raw);
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().Replace("人民政府", "政府", StringComparison.Ordinal);
    }

    /// <summary>Loosely the same body: one normalised name contains the other ("洪泽区人民政府" and "淮安市洪泽区人民政府").</summary>
    public static bool SameBody(string a, string b)
    {
        var x = NormalizeBody(a);
        var y = NormalizeBody(b);
        return x.Length > 0 && y.Length > 0 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*年度?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearRegex();
}
