using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Gongkai.Schema;

/// <summary>
/// One edition of the national format as data: the six sections and the three tables, every row and column with a
/// stable English key and its official Chinese label.
/// </summary>
public sealed class ReportSchema
{
    private readonly FrozenDictionary<string, FieldDef> _fields;

    internal ReportSchema(ReportEdition edition, string documentNumber, string documentTitle, ImmutableArray<SectionDef> sections, TableSchema t1, TableSchema t2, TableSchema t3)
    {
        Edition = edition;
        DocumentNumber = documentNumber;
        DocumentTitle = documentTitle;
        Sections = sections;
        Proactive = t1;
        Applications = t2;
        Appeals = t3;
        Tables = [t1, t2, t3];
        Fields = [.. t1.Fields, .. t2.Fields, .. t3.Fields];
        for (var i = 0; i < Fields.Length; i++)
        {
            if (Fields[i].Index != i)
            {
                throw new InvalidOperationException("Field indices must be dense and in order.");
            }
        }

        _fields = Fields.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>The 2021 format (国办公开办函〔2021〕30号).</summary>
    public static ReportSchema Edition2021 { get; } = Schema2021.Build();

    /// <summary>The 2019 trial format (国办公开办函〔2019〕60号).</summary>
    public static ReportSchema Edition2019 { get; } = Schema2019.Build();

    public ReportEdition Edition { get; }

    /// <summary>The number of the notice that issued the format, e.g. "国办公开办函〔2021〕30号".</summary>
    public string DocumentNumber { get; }

    public string DocumentTitle { get; }

    public ImmutableArray<SectionDef> Sections { get; }

    /// <summary>Table 1 (section 二).</summary>
    public TableSchema Proactive { get; }

    /// <summary>Table 2 (section 三).</summary>
    public TableSchema Applications { get; }

    /// <summary>Table 3 (section 四).</summary>
    public TableSchema Appeals { get; }

    public ImmutableArray<TableSchema> Tables { get; }

    /// <summary>Every cell of the three tables; <see cref="FieldDef.Index"/> is the position here.</summary>
    public ImmutableArray<FieldDef> Fields { get; }

    public static ReportSchema For(ReportEdition edition) => edition switch
    {
        ReportEdition.Trial2019 => Edition2019,
        ReportEdition.National2021 => Edition2021,
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "No schema for an unknown edition."),
    };

    /// <summary>The edition a report for <paramref name="year"/> should use: 2019 and 2020 the trial format, later years 2021.</summary>
    public static ReportEdition ExpectedEditionFor(int year) => year >= 2021 ? ReportEdition.National2021 : ReportEdition.Trial2019;

    public TableSchema Table(TableId id) => Tables[(int)id - 1];

    public SectionDef Section(SectionId id) => Sections[(int)id - 1];

    public FieldDef Field(string id) => _fields[id];

    public bool TryGetField(string id, out FieldDef field) => _fields.TryGetValue(id, out field!);
}
