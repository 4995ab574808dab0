namespace Gongkai.Cases.Annual;

/// <summary>The year's figures of one kind of document (规章 or 行政规范性文件).</summary>
public sealed class DocumentFigures
{
    /// <summary>Issued in the year (本年制发件数; 2019: 本年新制作数量 and 本年新公开数量).</summary>
    public int Issued { get; set; }

    /// <summary>Repealed in the year (本年废止件数).</summary>
    public int Repealed { get; set; }

    /// <summary>In force on 31 December (现行有效件数).</summary>
    public int InForce { get; set; }

    /// <summary>Issued by 31 December, repealed or not (2019: 对外公开总数量).</summary>
    public int IssuedToDate { get; set; }
}
