using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Annual;

/// <summary>
/// What the register holds for one year, counted from the records: the raw figures behind the three tables. Built by
/// the store's aggregate queries (<c>RegisterTransaction.LoadAnnualFigures</c>) or, for tests and small registers, by
/// <see cref="FromRecords"/>; the two must agree.
/// </summary>
/// <remarks>
/// The counting rules, which make the balance rule hold by construction: an application is 上年结转 when it was open at
/// the start of 1 January (received before, not closed before), 本年新收 when received in the year, in a result row
/// when closed in the year, and 结转下年度 when open at the end of 31 December. Every application counted in the year
/// is new or carried over, and is closed in the year or still open at its end, so 一 + 二 = 三（七）+ 四 in every column;
/// and year N's 结转下年度 is year N+1's 上年结转 by the same definition.
/// </remarks>
public sealed class AnnualFigures
{
    public const int Columns = 6;

    public AnnualFigures(int year)
    {
        Year = year;
    }

    public int Year { get; }

    /// <summary>本年新收, by applicant type.</summary>
    public int[] New { get; } = new int[Columns];

    /// <summary>上年结转: open at the start of 1 January.</summary>
    public int[] CarriedOver { get; } = new int[Columns];

    /// <summary>结转下年度: open at the end of 31 December.</summary>
    public int[] CarriedForward { get; } = new int[Columns];

    /// <summary>Closed in the year, by outcome (index in <see cref="RegisterLabels.Outcomes"/>) and applicant type.</summary>
    public int[,] Results { get; } = new int[RegisterLabels.Outcomes.Count, Columns];

    /// <summary>Table 3: [kind − 1, column] with columns 维持, 纠正, 其他, 尚未审结.</summary>
    public int[,] Appeals { get; } = new int[3, 4];

    /// <summary>规章 [0] and 行政规范性文件 [1]: issued in the year, repealed in the year, in force on 31 December, issued by 31 December.</summary>
    public DocumentFigures[] Documents { get; } = [new(), new()];

    /// <summary>The yearly figures entered for this year and the year before.</summary>
    public List<ProactiveCount> Counts { get; } = [];

    /// <summary>Information-processing fees paid in the year, in yuan, and the notices issued.</summary>
    public decimal FeesPaidYuan { get; set; }

    public int FeeNotices { get; set; }

    /// <summary>Applications closed in the year after their deadline.</summary>
    public int LateReplies { get; set; }

    public static int OutcomeIndex(Outcome o)
    {
        var list = RegisterLabels.Outcomes;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == o)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(o), o, "unknown outcome");
    }

    /// <summary>Counts the figures of <paramref name="year"/> from records in memory (the reference for the SQL).</summary>
    public static AnnualFigures FromRecords(int year, IEnumerable<Application> applications, IEnumerable<AppealCase> appeals, IEnumerable<RegisterDocument> documents, IEnumerable<ProactiveCount> counts)
    {
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(appeals);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(counts);
        var f = new AnnualFigures(year);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        foreach (var a in applications)
        {
            var c = (int)a.ApplicantType;
            if (a.ReceivedOn.Year == year)
            {
                f.New[c]++;
            }

            if (a.IsOpenAtStartOf(first))
            {
                f.CarriedOver[c]++;
            }

            if (a.IsOpenAtEndOf(last))
            {
                f.CarriedForward[c]++;
            }

            if (a.ClosedOn is { } closed && closed.Year == year)
            {
                f.Results[OutcomeIndex(a.Outcome!.Value), c]++;
                f.LateReplies += a.DueOn is { } due && closed > due ? 1 : 0;
            }

            if (a.Fee is { } fee)
            {
                if (fee.IssuedOn.Year == year)
                {
                    f.FeeNotices++;
                }

                if (fee.PaidOn is { } paid && paid.Year == year)
                {
                    f.FeesPaidYuan += fee.AmountYuan;
                }
            }
        }

        foreach (var p in appeals)
        {
            if (p.CountsIn(year))
            {
                f.Appeals[(int)p.Kind - 1, p.ResultIn(year) is { } r ? (int)r - 1 : 3]++;
            }
        }

        foreach (var d in documents)
        {
            var k = f.Documents[(int)d.Kind - 1];
            k.Issued += d.IssuedOn.Year == year ? 1 : 0;
            k.Repealed += d.RepealedOn is { } r && r.Year == year ? 1 : 0;
            k.InForce += d.InForceOn(last) ? 1 : 0;
            k.IssuedToDate += d.IssuedOn <= last ? 1 : 0;
        }

        f.Counts.AddRange(counts.Where(c => c.Year == year || c.Year == year - 1));
        return f;
    }

    /// <summary>The figure entered for (year, item, measure), or null when none was.</summary>
    public decimal? Count(int year, ProactiveItem item, ProactiveMeasure measure) =>
        Counts.FirstOrDefault(c => c.Year == year && c.Item == item && c.Measure == measure)?.Value;
}
