namespace Gongkai.Rules.Plausibility;

/// <summary>
/// Tells from a body's name whether it can make 规章. Only 国务院部门 and the people's governments of provinces,
/// 设区的市 and 自治州 can (立法法). The name cannot separate a 设区的市 from a 县级市 ("新郑市人民政府"), so any
/// "…市人民政府" is given the benefit of the doubt: the rule warns only where the name is clear.
/// </summary>
internal static class BodyClassifier
{
    private static readonly string[] Municipalities = ["北京市", "天津市", "上海市", "重庆市"];

    private static readonly string[] DepartmentEndings =
        ["局", "委员会", "委", "中心", "管委会", "管理委员会", "厅", "办", "办公室", "所", "站", "院", "队", "处", "室", "署", "部", "公司", "馆", "会"];

    /// <summary>Places whose government cannot make 规章 (区 unless 自治区).</summary>
    private static readonly string[] LowerLevel = ["街道", "镇", "乡", "县", "旗", "区"];

    /// <summary>Places whose government may (市 could be a 县级市: benefit of the doubt).</summary>
    private static readonly string[] ProvincialOrCity = ["省", "市", "盟"];

    public static BodyLevel Classify(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return BodyLevel.Unknown;
        }

        var name = ReportFacts.NormalizeBody(body);

        // the office of a government reporting for that government
        foreach (var suffix in (ReadOnlySpan<string>)["政府办公厅", "政府办公室"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^(suffix.Length - 2)];
                break;
            }
        }

        if (name.StartsWith("国务院", StringComparison.Ordinal) || name.StartsWith("中华人民共和国", StringComparison.Ordinal))
        {
            return BodyLevel.MayMakeRules;
        }

        if (name.EndsWith("政府", StringComparison.Ordinal))
        {
            var place = name[..^2];
            if (place.EndsWith("自治区", StringComparison.Ordinal))
            {
                return BodyLevel.MayMakeRules;
            }

            if (EndsWithAny(place, LowerLevel))
            {
                return BodyLevel.CannotMakeRules;
            }

            return place.EndsWith("自治州", StringComparison.Ordinal) || EndsWithAny(place, ProvincialOrCity) ? BodyLevel.MayMakeRules : BodyLevel.Unknown;
        }

        if (EndsWithAny(name, ["街道办事处", "街道"]))
        {
            return BodyLevel.CannotMakeRules;
        }

        // 国家…局/委员会 with no place in the name: a department of the State Council
        if (name.StartsWith("国家", StringComparison.Ordinal) && name.IndexOfAny(['省', '市', '县', '区', '镇', '乡']) < 0)
        {
            return BodyLevel.MayMakeRules;
        }

        foreach (var m in Municipalities)
        {
            if (name == m)
            {
                return BodyLevel.MayMakeRules;
            }
        }

        return EndsWithAny(name, DepartmentEndings) ? BodyLevel.CannotMakeRules : BodyLevel.Unknown;
    }

    private static bool EndsWithAny(string text, string[] endings)
    {
        foreach (var e in endings)
        {
            if (text.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
