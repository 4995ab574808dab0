using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Formats.Writing;

/// <summary>
/// What a written report consists of, in order, for every writer: the title, the preamble, and each section's
/// heading, prose and table. The writers print exactly this and add no text of their own, so reading the written
/// document gives back the model.
/// </summary>
/// <remarks>
/// A section the model lacks is not invented; its table, if the model has one, still follows the previous section so
/// no number is lost. Sections 二, 三 and 四 print their prose before their table.
/// </remarks>
public static class ReportOutline
{
    public static ImmutableArray<OutlineBlock> Build(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var blocks = ImmutableArray.CreateBuilder<OutlineBlock>();
        blocks.Add(new TitleBlock(OneLine(Title(model))));
        foreach (var p in model.Preamble)
        {
            blocks.Add(new ParagraphBlock(OneLine(p.Value), null));
        }

        foreach (var def in model.Schema.Sections)
        {
            var section = model.Section(def.Id);
            if (section is not null)
            {
                var heading = section.Heading.Value.Length > 0 ? section.Heading.Value : def.FullHeading;
                blocks.Add(new HeadingBlock(def.Id, OneLine(heading)));
                foreach (var p in section.Paragraphs)
                {
                    blocks.Add(new ParagraphBlock(OneLine(p.Value), def.Id));
                }
            }

            var grids = def.Id switch
            {
                SectionId.Proactive => ProactiveGrid.Build(model),
                SectionId.Applications => Maybe(ApplicationsGrid.Build(model)),
                SectionId.Appeals => Maybe(AppealsGrid.Build(model)),
                _ => [],
            };
            var first = true;
            foreach (var grid in grids)
            {
                blocks.Add(new TableBlock(grid, ContinuesPrevious: !first));
                first = false;
            }
        }

        return blocks.ToImmutable();
    }

    private static IEnumerable<TableGrid> Maybe(TableGrid? grid) => grid is null ? [] : [grid];

    /// <summary>The title as read, or the customary one made from the body and the year.</summary>
    public static string Title(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Metadata.Title is { } t && t.Value.Length > 0)
        {
            return t.Value;
        }

        return ComposeTitle(model.Metadata.Body?.Value, model.Metadata.Year?.Value);
    }

    /// <summary>"{body}{year}年政府信息公开工作年度报告", leaving out what is unknown.</summary>
    public static string ComposeTitle(string? body, int? year) =>
        (body ?? string.Empty) + (year is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : string.Empty) + "政府信息公开工作年度报告";

    /// <summary>The text on one line, with Chinese punctuation full-width again (see <see cref="ChineseTypography"/>).</summary>
    private static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
        {
            text = string.Join(' ', text.Split(['\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return ChineseTypography.Widen(text.Trim());
    }
}
