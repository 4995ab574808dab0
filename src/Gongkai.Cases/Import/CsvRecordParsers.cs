using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Import;

/// <summary>The CSV lines of appeals, documents and yearly figures.</summary>
internal static class CsvRecordParsers
{
    public static List<AppealCase> Appeals(IEnumerable<CsvRow> rows, List<ImportError> errors, Func<string, bool> applicationExists)
    {
        var list = new List<AppealCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var before = errors.Count;
            var reference = r.Required("案件编号", "appeal");
            var app = r.Required("申请编号", "application");
            var kindText = r.Required("类型", "kind");
            var filed = r.RequiredDate("提起日期", "filed_on");
            var resultText = r.Text("结果", "result");
            var decided = r.Date("审结日期", "decided_on");
            AppealKind kind = kindText switch
            {
                "行政复议" or "复议" or "reconsideration" => AppealKind.Reconsideration,
                "直接起诉" or "未经复议直接起诉" or "suit" => AppealKind.SuitDirect,
                "复议后起诉" or "suit_after_review" => AppealKind.SuitAfterReconsideration,
                _ => 0,
            };
            if (kindText.Length > 0 && kind == 0)
            {
                r.Error($"类型“{kindText}”无效，应为行政复议、直接起诉或复议后起诉", $"unknown kind \"{kindText}\"");
            }

            AppealResult? result = resultText switch
            {
                null => null,
                "维持" or "结果维持" or "upheld" => AppealResult.Upheld,
                "纠正" or "结果纠正" or "corrected" => AppealResult.Corrected,
                "其他" or "其他结果" or "other" => AppealResult.Other,
                _ => (AppealResult)0,
            };
            if (result == 0)
            {
                r.Error($"结果“{resultText}”无效，应为维持、纠正或其他", $"unknown result \"{resultText}\"");
            }

            if ((result is null) != (decided is null))
            {
                r.Error("结果和审结日期须同时填写或同时留空", "result and decided_on go together");
            }

            if (decided is { } d && d < filed)
            {
                r.Error("审结日期早于提起日期", "decided before filed");
            }

            if (reference.Length > 0 && !seen.Add(reference))
            {
                r.Error($"案件编号 {reference} 重复", $"duplicate case number {reference}");
            }

            if (app.Length > 0 && !applicationExists(app))
            {
                r.Error($"登记簿中没有编号为 {app} 的申请", $"the register has no application {app}");
            }

            if (!r.HasErrorsSince(before))
            {
                list.Add(new AppealCase(reference, app, kind, filed) { Result = result, DecidedOn = decided });
            }
        }

        return list;
    }

    public static List<RegisterDocument> Documents(IEnumerable<CsvRow> rows)
    {
        var list = new List<RegisterDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var number = r.Required("文号", "number");
            var kindText = r.Required("类型", "kind");
            var title = r.Required("标题", "title");
            var issued = r.RequiredDate("制发日期", "issued_on");
            var repealed = r.Date("废止日期", "repealed_on");
            DocumentKind kind = kindText switch
            {
                "规章" or "regulation" => DocumentKind.Regulation,
                "行政规范性文件" or "规范性文件" or "normative" => DocumentKind.NormativeDocument,
                _ => 0,
            };
            if (kindText.Length > 0 && kind == 0)
            {
                r.Error($"类型“{kindText}”无效，应为规章或行政规范性文件", $"unknown kind \"{kindText}\"");
            }

            if (repealed is { } rep && rep < issued)
            {
                r.Error("废止日期早于制发日期", "repealed before issued");
            }

            if (number.Length > 0 && !seen.Add(number))
            {
                r.Error($"文号 {number} 重复", $"duplicate number {number}");
            }

            list.Add(new RegisterDocument(number, kind, title, issued) { RepealedOn = repealed });
        }

        return list;
    }

    public static List<ProactiveCount> Counts(IEnumerable<CsvRow> rows)
    {
        var list = new List<ProactiveCount>();
        foreach (var r in rows)
        {
            var year = r.Int("年度", "year");
            var itemText = r.Required("事项", "item");
            var measureText = r.Required("指标", "measure");
            var value = r.Decimal("数值", "value");
            if (year is null || value is null)
            {
                r.Error("年度和数值须填写", "year and value are required");
                continue;
            }

            if (!ProactiveLabels.TryItem(itemText, out var item))
            {
                r.Error($"事项“{itemText}”无效，应为：{ProactiveLabels.ItemChoices}", $"unknown item \"{itemText}\"");
                continue;
            }

            if (!ProactiveLabels.TryMeasure(measureText, out var measure))
            {
                r.Error($"指标“{measureText}”无效，应为：处理决定数量、项目数量、金额", $"unknown measure \"{measureText}\"");
                continue;
            }

            list.Add(new ProactiveCount(year.Value, item, measure, value.Value));
        }

        return list;
    }
}
