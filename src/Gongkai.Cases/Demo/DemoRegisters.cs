using System.Globalization;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Demo;

/// <summary>The proactive-disclosure registers of the demo body: its normative documents and yearly figures.</summary>
internal static class DemoRegisters
{
    public static List<RegisterDocument> Documents(Random rng, DemoOptions o)
    {
        var list = new List<RegisterDocument>();
        string[] subjects = ["建设项目环境影响评价分级审批", "排污许可管理", "生态环境行政处罚裁量基准", "突发环境事件应急管理", "机动车排气污染防治", "生态环境损害赔偿"];
        for (var year = o.FirstYear - 3; year <= o.LastYear; year++)
        {
            var n = rng.Next(2, 5);
            for (var i = 1; i <= n; i++)
            {
                var issued = new DateOnly(year, rng.Next(1, 13), rng.Next(1, 28));
                if (issued > o.AsOf)
                {
                    continue;
                }

                var doc = new RegisterDocument($"青环规〔{year.ToString(CultureInfo.InvariantCulture)}〕{i.ToString(CultureInfo.InvariantCulture)}号", DocumentKind.NormativeDocument, $"青禾市{subjects[rng.Next(subjects.Length)]}办法", issued);
                if (rng.NextDouble() < 0.25)
                {
                    var repealed = issued.AddDays(rng.Next(200, 1500));
                    if (repealed <= o.AsOf)
                    {
                        doc = doc with { RepealedOn = repealed };
                    }
                }

                list.Add(doc);
            }
        }

        return list;
    }

    public static List<ProactiveCount> Counts(Random rng, DemoOptions o)
    {
        var list = new List<ProactiveCount>();
        var last = Math.Min(o.LastYear, o.AsOf.Year - (o.AsOf.Month == 12 && o.AsOf.Day == 31 ? 0 : 1));
        for (var year = o.FirstYear - 1; year <= Math.Max(last, o.FirstYear); year++)
        {
            void Add(ProactiveItem item, ProactiveMeasure m, decimal v) => list.Add(new ProactiveCount(year, item, m, v));
            Add(ProactiveItem.Licensing, ProactiveMeasure.Decisions, rng.Next(600, 1500));
            Add(ProactiveItem.Licensing, ProactiveMeasure.Items, rng.Next(30, 45));
            Add(ProactiveItem.OtherServices, ProactiveMeasure.Decisions, rng.Next(100, 400));
            Add(ProactiveItem.OtherServices, ProactiveMeasure.Items, rng.Next(10, 20));
            Add(ProactiveItem.Penalty, ProactiveMeasure.Decisions, rng.Next(80, 300));
            Add(ProactiveItem.Penalty, ProactiveMeasure.Items, rng.Next(200, 260));
            Add(ProactiveItem.Coercion, ProactiveMeasure.Decisions, rng.Next(5, 40));
            Add(ProactiveItem.Coercion, ProactiveMeasure.Items, rng.Next(8, 14));
            Add(ProactiveItem.Fees, ProactiveMeasure.Items, rng.Next(1, 4));
            Add(ProactiveItem.Fees, ProactiveMeasure.Amount, Math.Round((decimal)rng.NextDouble() * 30m, 4));
            Add(ProactiveItem.Procurement, ProactiveMeasure.Decisions, rng.Next(5, 30));
            Add(ProactiveItem.Procurement, ProactiveMeasure.Amount, rng.Next(100_000, 3_000_000));
        }

        return list;
    }
}
