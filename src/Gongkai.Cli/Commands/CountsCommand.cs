using System.CommandLine;
using Gongkai.Cases.Domain;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai counts set|list`: the yearly figures of table 1 (行政许可, 行政处罚, 行政强制, 行政事业性收费 …).</summary>
internal static class CountsCommand
{
    public static Command Create()
    {
        var cmd = new Command("counts", "表一的年度数量（行政许可、行政处罚、行政强制、行政事业性收费等）/ the yearly figures of table 1") { Set(), List() };
        RegisterCli.AddGlobals(cmd);
        return cmd;
    }

    private static Command Set()
    {
        var year = new Option<int>("--year") { Description = "年度 / year", Required = true };
        var item = new Option<string>("--item") { Description = ProactiveLabels.ItemChoices, Required = true };
        var measure = new Option<string>("--measure") { Description = "处理决定数量、项目数量、金额（行政事业性收费以万元计）/ decisions, items, amount (fees in 10,000 yuan)", DefaultValueFactory = _ => "处理决定数量" };
        var value = new Option<decimal>("--value") { Description = "数值 / value", Required = true };
        var cmd = new Command("set", "录入一项年度数量 / set a yearly figure") { year, item, measure, value, RegisterCli.Correction };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            if (!ProactiveLabels.TryItem(r.GetValue(item), out var i))
            {
                throw new RegisterException("CLI080", $"事项“{r.GetValue(item)}”无效，应为：{ProactiveLabels.ItemChoices}", $"unknown item \"{r.GetValue(item)}\"");
            }

            if (!ProactiveLabels.TryMeasure(r.GetValue(measure), out var m))
            {
                throw new RegisterException("CLI081", $"指标“{r.GetValue(measure)}”无效，应为：处理决定数量、项目数量、金额", $"unknown measure \"{r.GetValue(measure)}\"");
            }

            var c = reg.SetCount(new ProactiveCount(r.GetValue(year), i, m, r.GetValue(value)), r.GetValue(RegisterCli.Correction));
            Console.Out.WriteLine($"{c.Year} {ProactiveLabels.Item(c.Item)} {ProactiveLabels.Measure(c.Measure)} = {c.Value}");
            return ExitCodes.Clean;
        }));
        return cmd;
    }

    private static Command List()
    {
        var year = new Option<int>("--year") { Description = "年度 / year", Required = true };
        var cmd = new Command("list", "列出一年的数量 / list a year's figures") { year };
        cmd.SetAction(r => RegisterCli.Run(r, (reg, lang) =>
        {
            foreach (var c in reg.Counts(r.GetValue(year)))
            {
                Console.Out.WriteLine($"{c.Year} {ProactiveLabels.Item(c.Item)} {ProactiveLabels.Measure(c.Measure)} = {c.Value}");
            }

            return ExitCodes.Clean;
        }));
        return cmd;
    }
}
