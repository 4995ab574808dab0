namespace Gongkai.Formats.Pdf;

/// <summary>A row of a table's body: its values, and the labels found for it.</summary>
internal sealed class BodyRow(int page, double yCenter, PdfBox box)
{
    public int Page { get; } = page;

    public double YCenter { get; } = yCenter;

    public PdfBox Box { get; } = box;

    /// <summary>Values and other text over the columns.</summary>
    public List<PdfItem> Values { get; } = [];

    /// <summary>Labels standing level with the row.</summary>
    public List<LabelBlock> Labels { get; } = [];

    /// <summary>Labels of merged cells whose span starts at this row ("（三）不予公开", "三、本年度办理结果"), shallowest first.</summary>
    public List<LabelBlock> Spanning { get; } = [];

    /// <summary>How far right its own label starts (the deepest of its labels); below every label when it has none.</summary>
    public double LeafLevel
    {
        get
        {
            var level = double.MinValue;
            foreach (var l in Labels)
            {
                level = Math.Max(level, l.Level);
            }

            return level;
        }
    }

    /// <summary>Orders rows and labels in reading order: page, then height.</summary>
    public static int Compare(int pageA, double yA, int pageB, double yB) => pageA != pageB ? pageA.CompareTo(pageB) : yA.CompareTo(yB);
}
