namespace Gongkai.Cases.Domain;

/// <summary>The words for the yearly figures of table 1, for the command line and CSV files.</summary>
public static class ProactiveLabels
{
    public static string ItemChoices => "行政许可、其他对外管理服务事项、行政处罚、行政强制、行政事业性收费、政府集中采购";

    public static bool TryItem(string? text, out ProactiveItem item)
    {
        item = (text ?? string.Empty).Trim() switch
        {
            "行政许可" or "licensing" => ProactiveItem.Licensing,
            "其他对外管理服务事项" or "other_services" => ProactiveItem.OtherServices,
            "行政处罚" or "penalty" => ProactiveItem.Penalty,
            "行政强制" or "coercion" => ProactiveItem.Coercion,
            "行政事业性收费" or "fees" => ProactiveItem.Fees,
            "政府集中采购" or "procurement" => ProactiveItem.Procurement,
            _ => 0,
        };
        return item != 0;
    }

    public static bool TryMeasure(string? text, out ProactiveMeasure measure)
    {
        measure = (text ?? string.Empty).Trim() switch
        {
            "处理决定数量" or "本年处理决定数量" or "决定" or "decisions" or "采购项目数量" => ProactiveMeasure.Decisions,
            "项目数量" or "事项数" or "items" => ProactiveMeasure.Items,
            "金额" or "收费金额" or "本年收费金额" or "采购总金额" or "amount" => ProactiveMeasure.Amount,
            _ => 0,
        };
        return measure != 0;
    }

    public static string Item(ProactiveItem item) => item switch
    {
        ProactiveItem.Licensing => "行政许可",
        ProactiveItem.OtherServices => "其他对外管理服务事项",
        ProactiveItem.Penalty => "行政处罚",
        ProactiveItem.Coercion => "行政强制",
        ProactiveItem.Fees => "行政事业性收费",
        _ => "政府集中采购",
    };

    public static string Measure(ProactiveMeasure m) => m switch
    {
        ProactiveMeasure.Decisions => "处理决定数量",
        ProactiveMeasure.Items => "项目数量",
        _ => "金额",
    };
}
