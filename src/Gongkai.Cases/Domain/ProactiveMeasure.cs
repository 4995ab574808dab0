namespace Gongkai.Cases.Domain;

/// <summary>What a yearly figure of <see cref="ProactiveItem"/> measures.</summary>
public enum ProactiveMeasure
{
    /// <summary>本年处理决定数量 (2021), 处理决定数量 (2019); 采购项目数量 for procurement.</summary>
    Decisions = 1,

    /// <summary>事项数 at the end of the year: the 2019 edition's 上一年项目数量 and 本年增/减 come from two years of it.</summary>
    Items = 2,

    /// <summary>An amount: 本年收费金额 in 万元 for fees (2021); 采购总金额 for procurement (2019).</summary>
    Amount = 3,
}
