using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Formats.Assembly;

/// <summary>
/// Decides the edition from the shape of the tables: labels only one edition prints (table 1's columns weigh most,
/// since that is where the editions differ most), and whether （六）其他处理 has sub-rows.
/// </summary>
internal static class EditionDetector
{
    public static (ReportEdition Edition, EditionSource Source) Detect(TableInterpreter tables, int? year)
    {
        var v2019 = 0;
        var v2021 = 0;
        foreach (var o in tables.Observations)
        {
            if (o.Target is not { } t || o.Kind == LabelMatchKind.Unknown)
            {
                continue;
            }

            // "（六）其他处理" is a 2021 group and a 2019 row: its structure votes below, not its label
            if (t.Table == TableId.Applications && t.Key == SchemaIds.T2.Other)
            {
                continue;
            }

            var weight = t.Table == TableId.Proactive ? 2 : 1;
            if (t.Editions == EditionSet.Trial2019)
            {
                v2019 += weight;
            }
            else if (t.Editions == EditionSet.National2021)
            {
                v2021 += weight;
            }
        }

        foreach (var r in tables.Rows)
        {
            if (r.Role == RowRole.OtherHandling)
            {
                v2019 += 1;
            }
        }

        if (v2021 > v2019)
        {
            return (ReportEdition.National2021, EditionSource.Tables);
        }

        if (v2019 > v2021)
        {
            return (ReportEdition.Trial2019, EditionSource.Tables);
        }

        return year is { } y
            ? (ReportSchema.ExpectedEditionFor(y), EditionSource.Year)
            : (ReportEdition.National2021, EditionSource.Default);
    }
}
