using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Calendar.Data;

/// <summary>
/// The content hash of a data set: SHA-256 over a canonical text of everything the model holds except the version
/// label, the description and the declared hash itself.
/// </summary>
/// <remarks>
/// Hashing the model rather than the file bytes means re-indenting the JSON or reordering its keys does not change the
/// hash, while changing any date, name, notice number or note does. Relabelling the version alone leaves it unchanged:
/// the hash names the content, the version names the release.
/// </remarks>
internal static class ContentHasher
{
    public static string Compute(HolidayDataSet data)
    {
        var sb = new StringBuilder(16 * 1024);
        Line(sb, "format", data.Format);
        Line(sb, "jurisdiction", data.Jurisdiction);
        foreach (var y in data.Years)
        {
            Line(sb, "year", y.Year.ToString(CultureInfo.InvariantCulture));
            Notice(sb, "notice", y.Notice);
            foreach (var a in y.Amendments)
            {
                Notice(sb, "amendment", a);
            }

            foreach (var p in y.Periods)
            {
                Line(sb, "period", p.Name, p.NameEn, p.AmendedBy ?? "-");
                Arrangement(sb, "final", p.Arrangement);
                if (p.Original is not null)
                {
                    Arrangement(sb, "original", p.Original);
                }
            }

            foreach (var n in y.Notes)
            {
                Line(sb, "note", n);
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return "sha256:" + Convert.ToHexStringLower(hash);
    }

    private static void Notice(StringBuilder sb, string tag, StateCouncilNotice n) =>
        Line(sb, tag, n.Number, n.Title, Iso(n.Signed), Iso(n.Published), n.Url ?? "-");

    private static void Arrangement(StringBuilder sb, string tag, PeriodArrangement a) =>
        Line(sb, tag, Iso(a.From), Iso(a.To), string.Join(',', a.Off.Select(Iso)), string.Join(',', a.Work.Select(Iso)));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, string tag, params string[] fields)
    {
        sb.Append(tag);
        foreach (var f in fields)
        {
            // Escape the separator so that no two different models share a canonical text.
            sb.Append('|').Append(f.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal));
        }

        sb.Append('\n');
    }
}
