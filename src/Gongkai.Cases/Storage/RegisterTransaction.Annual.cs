using Gongkai.Cases.Annual;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Storage;

/// <summary>The annual figures, counted by the database (a handful of grouped scans, fast on a million applications).</summary>
public sealed partial class RegisterTransaction
{
    /// <summary>The figures of <paramref name="year"/>; the SQL states the same rules as <see cref="AnnualFigures.FromRecords"/>.</summary>
    public AnnualFigures LoadAnnualFigures(int year)
    {
        var f = new AnnualFigures(year);
        var p = new { y1 = new DateOnly(year, 1, 1), y2 = new DateOnly(year, 12, 31) };
        // two range scans of the covering index: cases closed on or after 1 January, and cases still open
        foreach (var part in new[] { "closed_on >= @y1", "closed_on IS NULL" })
        {
            using var r = Reader(
                "SELECT applicant_type, " +
                "SUM(CASE WHEN received_on >= @y1 THEN 1 ELSE 0 END), " +
                "SUM(CASE WHEN received_on < @y1 THEN 1 ELSE 0 END), " +
                "SUM(CASE WHEN closed_on IS NULL OR closed_on > @y2 THEN 1 ELSE 0 END) " +
                $"FROM applications WHERE {part} AND received_on <= @y2 GROUP BY applicant_type",
                p);
            while (r.Read())
            {
                var c = r.GetInt32(0);
                f.New[c] += (int)r.GetInt64(1);
                f.CarriedOver[c] += (int)r.GetInt64(2);
                f.CarriedForward[c] += (int)r.GetInt64(3);
            }
        }

        using (var r = Reader("SELECT outcome, applicant_type, COUNT(*) FROM applications WHERE closed_on >= @y1 AND closed_on <= @y2 GROUP BY outcome, applicant_type", p))
        {
            while (r.Read())
            {
                f.Results[AnnualFigures.OutcomeIndex((Outcome)r.GetInt32(0)), r.GetInt32(1)] = (int)r.GetInt64(2);
            }
        }

        using (var r = Reader(
            "SELECT kind, CASE WHEN decided_on >= @y1 AND decided_on <= @y2 THEN result ELSE 0 END AS col, COUNT(*) FROM appeals " +
            "WHERE filed_on <= @y2 AND (decided_on IS NULL OR decided_on >= @y1) GROUP BY kind, CASE WHEN decided_on >= @y1 AND decided_on <= @y2 THEN result ELSE 0 END",
            p))
        {
            while (r.Read())
            {
                var col = r.GetInt32(1);
                f.Appeals[r.GetInt32(0) - 1, col == 0 ? 3 : col - 1] = (int)r.GetInt64(2);
            }
        }

        using (var r = Reader(
            "SELECT kind, " +
            "SUM(CASE WHEN issued_on >= @y1 AND issued_on <= @y2 THEN 1 ELSE 0 END), " +
            "SUM(CASE WHEN repealed_on >= @y1 AND repealed_on <= @y2 THEN 1 ELSE 0 END), " +
            "SUM(CASE WHEN issued_on <= @y2 AND (repealed_on IS NULL OR repealed_on > @y2) THEN 1 ELSE 0 END), " +
            "SUM(CASE WHEN issued_on <= @y2 THEN 1 ELSE 0 END) FROM documents GROUP BY kind",
            p))
        {
            while (r.Read())
            {
                var d = f.Documents[r.GetInt32(0) - 1];
                d.Issued = (int)r.GetInt64(1);
                d.Repealed = (int)r.GetInt64(2);
                d.InForce = (int)r.GetInt64(3);
                d.IssuedToDate = (int)r.GetInt64(4);
            }
        }

        using (var r = Reader(
            "SELECT SUM(CASE WHEN fee_issued_on >= @y1 AND fee_issued_on <= @y2 THEN 1 ELSE 0 END), " +
            "SUM(CASE WHEN fee_paid_on >= @y1 AND fee_paid_on <= @y2 THEN fee_amount ELSE 0 END) FROM applications WHERE fee_basis IS NOT NULL",
            p))
        {
            if (r.Read() && !r.IsDBNull(0))
            {
                f.FeeNotices = (int)r.GetInt64(0);
                f.FeesPaidYuan = r.IsDBNull(1) ? 0 : Normalize(r.GetDecimal(1));
            }
        }

        f.LateReplies = (int)Scalar<long>("SELECT COUNT(*) FROM applications WHERE closed_on >= @y1 AND closed_on <= @y2 AND due_on IS NOT NULL AND closed_on > due_on", p);
        f.Counts.AddRange(ListCounts(year - 1, year));
        return f;
    }
}
