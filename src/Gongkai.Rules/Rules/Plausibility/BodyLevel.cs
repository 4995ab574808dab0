namespace Gongkai.Rules.Plausibility;

/// <summary>What a body's name says about its power to make 规章 (立法法第九十一条、第九十三条).</summary>
internal enum BodyLevel
{
    /// <summary>The name does not tell.</summary>
    Unknown = 0,

    /// <summary>国务院部门, 省级人民政府, 设区的市 or 自治州人民政府, or the office reporting for one of them.</summary>
    MayMakeRules = 1,

    /// <summary>A county, district, township or street, or a department of a local government.</summary>
    CannotMakeRules = 2,
}
