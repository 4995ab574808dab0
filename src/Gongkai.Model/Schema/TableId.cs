namespace Gongkai.Schema;

/// <summary>The three statistical tables of the format, numbered as in the schema keys ("t1", "t2", "t3").</summary>
public enum TableId
{
    /// <summary>Section 二: 主动公开政府信息情况 (条例第二十条).</summary>
    Proactive = 1,

    /// <summary>Section 三: 收到和处理政府信息公开申请情况.</summary>
    Applications = 2,

    /// <summary>Section 四: 政府信息公开行政复议、行政诉讼情况.</summary>
    Appeals = 3,
}
