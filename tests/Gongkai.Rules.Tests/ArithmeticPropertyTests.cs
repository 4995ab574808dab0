using FsCheck;
using FsCheck.Fluent;
using Gongkai.Reports;
using Gongkai.Rules.Arithmetic;
using Gongkai.Schema;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Rules.Tests;

/// <summary>
/// A1–A4 together pin every number of tables 2 and 3: every cell of table 2 is in a row sum (A1) and every cell
/// of table 3 in a group sum (A4). So on any consistent report they all pass, and any single change breaks one.
/// </summary>
public sealed class ArithmeticPropertyTests
{
    private static readonly IReportRule[] Arithmetic = [new A1RowSumRule(), new A2ColumnSumRule(), new A3BalanceRule(), new A4AppealsSumRule()];

    /// <summary>Enough random digits to fill both tables of either edition.</summary>
    private const int Seeds = 200;

    private static Gen<(bool Edition2021, int[] Seeds)> Reports() =>
        from edition in Gen.Elements(true, false)
        from seeds in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 30))), Seeds)
        select (edition, seeds);

    [Fact]
    public void RandomBalancedReports_PassA1ToA4()
    {
        Prop.ForAll(Reports().ToArbitrary(), r =>
        {
            var report = Balanced(r.Edition2021, r.Seeds).Build();
            return Arithmetic.All(rule => rule.Check(report, RuleContext.Default).Status == RuleStatus.Pass);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnySingleChangeInTables2Or3_FailsOneOfA1ToA4()
    {
        var changes =
            from r in Reports()
            from field in Gen.Choose(0, 10_000)
            from delta in Gen.Elements(-7, -2, -1, 1, 2, 5, 100)
            select (r.Edition2021, r.Seeds, field, delta);
        Prop.ForAll(changes.ToArbitrary(), c =>
        {
            var builder = Balanced(c.Edition2021, c.Seeds);
            var fields = builder.Schema.Applications.Fields.AddRange(builder.Schema.Appeals.Fields);
            var field = fields[c.field % fields.Length];
            var before = builder.Build().Tables[field].Value.Number;
            var report = builder.Set(field.Id, before + c.delta).Build();
            return Arithmetic.Any(rule => rule.Check(report, RuleContext.Default).Status == RuleStatus.Fail);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CleanReport_AnySingleChange_FailsOneOfA1ToA4()
    {
        foreach (var schema in new[] { ReportSchema.Edition2021, ReportSchema.Edition2019 })
        {
            foreach (var field in schema.Applications.Fields.AddRange(schema.Appeals.Fields))
            {
                var b = schema == ReportSchema.Edition2021 ? TestReport.Clean2021() : TestReport.Clean2019();
                var value = b.Build().Tables[field].Value.Number;
                var report = b.Set(field.Id, value + 1).Build();
                Assert.True(Arithmetic.Any(rule => rule.Check(report, RuleContext.Default).Status == RuleStatus.Fail), field.Id);
            }
        }
    }

    /// <summary>
    /// A consistent report: per applicant column, random results and carry-forward, carried-over no larger than
    /// their sum, new = results + carried forward − carried over; 总计 = the sum of the six columns; table 3 totals
    /// = the sum of their parts.
    /// </summary>
    internal static TestReport Balanced(bool edition2021, int[] seeds)
    {
        var b = edition2021 ? TestReport.Clean2021() : TestReport.Clean2019();
        var t2 = b.Schema.Applications;
        var i = 0;
        int Next() => seeds[i++ % seeds.Length];
        var resultRows = t2.Rows.Where(r => r.GroupKey is not null && r.Key != T2.ResultsTotal).ToList();
        var totals = new Dictionary<string, decimal>();
        void Add(string row, string col, decimal v)
        {
            b.Set(T2.Cell(row, col), v);
            totals[row] = totals.GetValueOrDefault(row) + v;
        }

        foreach (var col in t2.Columns.Where(c => c.Key != T2.Total))
        {
            decimal results = 0;
            foreach (var row in resultRows)
            {
                var v = Next();
                Add(row.Key, col.Key, v);
                results += v;
            }

            var carriedForward = Next() % 5;
            var carriedOver = Math.Min(Next() % 5, results + carriedForward);
            Add(T2.ResultsTotal, col.Key, results);
            Add(T2.CarriedForward, col.Key, carriedForward);
            Add(T2.CarriedOver, col.Key, carriedOver);
            Add(T2.New, col.Key, results + carriedForward - carriedOver);
        }

        foreach (var row in t2.Rows)
        {
            b.Set(T2.Cell(row.Key, T2.Total), totals.GetValueOrDefault(row.Key));
        }

        foreach (var row in b.Schema.Appeals.Rows)
        {
            decimal sum = 0;
            foreach (var col in new[] { T3.Upheld, T3.Corrected, T3.OtherResult, T3.Pending })
            {
                var v = Next() % 4;
                b.Set(T3.Cell(row.Key, col), v);
                sum += v;
            }

            b.Set(T3.Cell(row.Key, T3.Total), sum);
        }

        return b;
    }
}
