using Gongkai.Cases.Domain;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;
using T1 = Gongkai.Schema.SchemaIds.T1;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Cases.Annual;

/// <summary>
/// The three tables of a year from its <see cref="AnnualFigures"/>, in either edition. Every total is computed here
/// from its parts, so the arithmetic rules (A1–A4) hold by construction; every cell is a number (no blanks), so A5 has
/// nothing to say.
/// </summary>
public static class AnnualTables
{
    private static readonly string[] ApplicantKeys = [T2.NaturalPerson, T2.Commercial, T2.Research, T2.SocialWelfare, T2.LegalService, T2.OtherOrg];

    /// <summary>The place given to the register's tables: they have no place in a document, but they were found.</summary>
    public static SourceRef RegisterPlace(TableId table) => new(default, 1, 1, "register:t" + ((int)table).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The tables; <paramref name="missing"/> lists the yearly figures that were not entered and were taken as 0.</summary>
    public static ReportTables Build(AnnualFigures figures, ReportEdition edition, out IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var schema = ReportSchema.For(edition);
        var b = ReportTables.CreateBuilder(schema);
        var notEntered = new List<string>();
        Proactive(b, figures, edition, notEntered);
        Applications(b, figures, edition);
        Appeals(b, figures);
        b.SetLocation(TableId.Proactive, RegisterPlace(TableId.Proactive));
        b.SetLocation(TableId.Applications, RegisterPlace(TableId.Applications));
        b.SetLocation(TableId.Appeals, RegisterPlace(TableId.Appeals));
        missing = notEntered;
        return b.ToTables();
    }

    /// <summary>The row of table 2 an outcome counts in: its own row in 2021; （六）'s single row in 2019.</summary>
    public static string RowKey(Outcome o, ReportEdition edition)
    {
        var n = (int)o % 10;
        return ((int)o / 10) switch
        {
            0 => o == Outcome.Granted ? T2.Granted : T2.Partial,
            3 => T2.Sub(T2.Denied, n),
            4 => T2.Sub(T2.Unable, n),
            5 => T2.Sub(T2.NotProcessed, n),
            _ => edition == ReportEdition.Trial2019 ? T2.OtherRow2019 : T2.Sub(T2.Other, n),
        };
    }

    private static void Applications(ReportTables.Builder b, AnnualFigures f, ReportEdition edition)
    {
        var outcomes = RegisterLabels.Outcomes;
        var newTotal = 0;
        var overTotal = 0;
        var forwardTotal = 0;
        var rowTotals = new Dictionary<string, int>(StringComparer.Ordinal);
        var resultsTotal = 0;
        for (var c = 0; c < AnnualFigures.Columns; c++)
        {
            Set(b, T2.Cell(T2.New, ApplicantKeys[c]), f.New[c]);
            Set(b, T2.Cell(T2.CarriedOver, ApplicantKeys[c]), f.CarriedOver[c]);
            Set(b, T2.Cell(T2.CarriedForward, ApplicantKeys[c]), f.CarriedForward[c]);
            newTotal += f.New[c];
            overTotal += f.CarriedOver[c];
            forwardTotal += f.CarriedForward[c];
            var rows = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var o = 0; o < outcomes.Count; o++)
            {
                var key = RowKey(outcomes[o], edition);
                rows[key] = rows.GetValueOrDefault(key) + f.Results[o, c];
            }

            var columnTotal = 0;
            foreach (var (key, n) in rows)
            {
                Set(b, T2.Cell(key, ApplicantKeys[c]), n);
                rowTotals[key] = rowTotals.GetValueOrDefault(key) + n;
                columnTotal += n;
            }

            Set(b, T2.Cell(T2.ResultsTotal, ApplicantKeys[c]), columnTotal);
            resultsTotal += columnTotal;
        }

        Set(b, T2.Cell(T2.New, T2.Total), newTotal);
        Set(b, T2.Cell(T2.CarriedOver, T2.Total), overTotal);
        Set(b, T2.Cell(T2.CarriedForward, T2.Total), forwardTotal);
        foreach (var (key, n) in rowTotals)
        {
            Set(b, T2.Cell(key, T2.Total), n);
        }

        Set(b, T2.Cell(T2.ResultsTotal, T2.Total), resultsTotal);
    }

    private static void Appeals(ReportTables.Builder b, AnnualFigures f)
    {
        string[] rows = [T3.Review, T3.SuitDirect, T3.SuitAfterReview];
        string[] cols = [T3.Upheld, T3.Corrected, T3.OtherResult, T3.Pending];
        for (var k = 0; k < 3; k++)
        {
            var total = 0;
            for (var c = 0; c < 4; c++)
            {
                Set(b, T3.Cell(rows[k], cols[c]), f.Appeals[k, c]);
                total += f.Appeals[k, c];
            }

            Set(b, T3.Cell(rows[k], T3.Total), total);
        }
    }

    private static void Proactive(ReportTables.Builder b, AnnualFigures f, ReportEdition edition, List<string> missing)
    {
        var y = f.Year;
        decimal Figure(int year, ProactiveItem item, ProactiveMeasure measure, string label)
        {
            if (f.Count(year, item, measure) is { } v)
            {
                return v;
            }

            missing.Add(label);
            return 0m;
        }

        var reg = f.Documents[0];
        var norm = f.Documents[1];
        if (edition == ReportEdition.National2021)
        {
            Set(b, T1.Cell(T1.Regulations, T1.Issued), reg.Issued);
            Set(b, T1.Cell(T1.Regulations, T1.Repealed), reg.Repealed);
            Set(b, T1.Cell(T1.Regulations, T1.InForce), reg.InForce);
            Set(b, T1.Cell(T1.NormativeDocs, T1.Issued), norm.Issued);
            Set(b, T1.Cell(T1.NormativeDocs, T1.Repealed), norm.Repealed);
            Set(b, T1.Cell(T1.NormativeDocs, T1.InForce), norm.InForce);
            Set(b, T1.Cell(T1.Licensing, T1.Value), Figure(y, ProactiveItem.Licensing, ProactiveMeasure.Decisions, $"{y} 行政许可处理决定数量"));
            Set(b, T1.Cell(T1.Penalty, T1.Value), Figure(y, ProactiveItem.Penalty, ProactiveMeasure.Decisions, $"{y} 行政处罚处理决定数量"));
            Set(b, T1.Cell(T1.Coercion, T1.Value), Figure(y, ProactiveItem.Coercion, ProactiveMeasure.Decisions, $"{y} 行政强制处理决定数量"));
            Set(b, T1.Cell(T1.Fees10kYuan, T1.Value), Figure(y, ProactiveItem.Fees, ProactiveMeasure.Amount, $"{y} 行政事业性收费金额（万元）"));
            return;
        }

        Set(b, T1.Cell(T1.Regulations, T1.NewMade), reg.Issued);
        Set(b, T1.Cell(T1.Regulations, T1.NewPublished), reg.Issued);
        Set(b, T1.Cell(T1.Regulations, T1.TotalPublished), reg.IssuedToDate);
        Set(b, T1.Cell(T1.NormativeDocs, T1.NewMade), norm.Issued);
        Set(b, T1.Cell(T1.NormativeDocs, T1.NewPublished), norm.Issued);
        Set(b, T1.Cell(T1.NormativeDocs, T1.TotalPublished), norm.IssuedToDate);
        (ProactiveItem Item, string Row, string Name, bool Decisions)[] items =
        [
            (ProactiveItem.Licensing, T1.Licensing, "行政许可", true),
            (ProactiveItem.OtherServices, T1.OtherServices, "其他对外管理服务事项", true),
            (ProactiveItem.Penalty, T1.Penalty, "行政处罚", true),
            (ProactiveItem.Coercion, T1.Coercion, "行政强制", true),
            (ProactiveItem.Fees, T1.Fees, "行政事业性收费", false),
        ];
        foreach (var (item, row, name, decisions) in items)
        {
            var prev = Figure(y - 1, item, ProactiveMeasure.Items, $"{y - 1} {name}项目数量");
            var now = Figure(y, item, ProactiveMeasure.Items, $"{y} {name}项目数量");
            Set(b, T1.Cell(row, T1.PrevItems), prev);
            Set(b, T1.Cell(row, T1.Change), now - prev);
            if (decisions)
            {
                Set(b, T1.Cell(row, T1.Decisions), Figure(y, item, ProactiveMeasure.Decisions, $"{y} {name}处理决定数量"));
            }
        }

        Set(b, T1.Cell(T1.Procurement, T1.ProcurementCount), Figure(y, ProactiveItem.Procurement, ProactiveMeasure.Decisions, $"{y} 政府集中采购项目数量"));
        Set(b, T1.Cell(T1.Procurement, T1.ProcurementAmount), Figure(y, ProactiveItem.Procurement, ProactiveMeasure.Amount, $"{y} 政府集中采购总金额"));
    }

    private static void Set(ReportTables.Builder b, string id, decimal value) => b.Set(id, CellValue.Of(value), default);
}
