using System.Globalization;

namespace Gongkai.Cases.Import;

/// <summary>One line of a CSV file, read by column name (Chinese or English), collecting errors instead of throwing.</summary>
internal sealed class CsvRow(int line, Dictionary<string, string> fields, List<ImportError> errors)
{
    public int Line { get; } = line;

    public string? Text(params string[] names)
    {
        foreach (var n in names)
        {
            if (fields.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v))
            {
                return v.Trim();
            }
        }

        return null;
    }

    public string Required(string zh, params string[] names)
    {
        var v = Text([zh, .. names]);
        if (v is null)
        {
            Error($"缺少“{zh}”", $"{names.FirstOrDefault() ?? zh} is missing");
        }

        return v ?? string.Empty;
    }

    public DateOnly? Date(string zh, params string[] names)
    {
        var v = Text([zh, .. names]);
        if (v is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyy年M月d日"];
        if (DateOnly.TryParseExact(v, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        Error($"“{zh}”的值“{v}”不是有效日期（应为 YYYY-MM-DD）", $"{names.FirstOrDefault() ?? zh} \"{v}\" is not a date (use YYYY-MM-DD)");
        return null;
    }

    public DateOnly RequiredDate(string zh, params string[] names)
    {
        var d = Date(zh, names);
        if (d is null && Text([zh, .. names]) is null)
        {
            Error($"缺少“{zh}”", $"{names.FirstOrDefault() ?? zh} is missing");
        }

        return d ?? default;
    }

    public int? Int(string zh, params string[] names)
    {
        var v = Text([zh, .. names]);
        if (v is null)
        {
            return null;
        }

        if (int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Error($"“{zh}”的值“{v}”不是整数", $"{names.FirstOrDefault() ?? zh} \"{v}\" is not a whole number");
        return null;
    }

    public decimal? Decimal(string zh, params string[] names)
    {
        var v = Text([zh, .. names]);
        if (v is null)
        {
            return null;
        }

        if (decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Error($"“{zh}”的值“{v}”不是数字", $"{names.FirstOrDefault() ?? zh} \"{v}\" is not a number");
        return null;
    }

    public void Error(string zh, string en) => errors.Add(new ImportError(Line, zh, en));

    public bool HasErrorsSince(int count) => errors.Count > count;
}
