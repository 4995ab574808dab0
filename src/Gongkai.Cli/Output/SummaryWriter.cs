using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Formats.Dump;

namespace Gongkai.Cli.Output;

/// <summary>Writes a <see cref="SummaryTable"/> as CSV (UTF-8 with BOM, so Excel shows Chinese), XLSX or JSON.</summary>
internal static class SummaryWriter
{
    public static readonly string[] Extensions = [".csv", ".xlsx", ".json"];

    public static void Write(SummaryTable table, string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        // write to a temporary file and move it into place: an interrupted run never leaves half a spreadsheet
        var temp = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            switch (ext)
            {
                case ".csv":
                    WriteCsv(table, temp);
                    break;
                case ".xlsx":
                    WriteXlsx(table, temp);
                    break;
                default:
                    WriteJson(table, temp);
                    break;
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static void WriteCsv(SummaryTable table, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture));
        foreach (var h in table.Header)
        {
            csv.WriteField(h);
        }

        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell is null ? string.Empty : Convert.ToString(cell, CultureInfo.InvariantCulture));
            }

            csv.NextRecord();
        }
    }

    private static void WriteJson(SummaryTable table, string path)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, ModelJson.WriterOptions);
        w.WriteStartArray();
        foreach (var row in table.Rows)
        {
            w.WriteStartObject();
            for (var i = 0; i < table.Header.Count; i++)
            {
                w.WritePropertyName(table.Header[i]);
                switch (row[i])
                {
                    case null:
                        w.WriteNullValue();
                        break;
                    case int n:
                        w.WriteNumberValue(n);
                        break;
                    default:
                        w.WriteStringValue(Convert.ToString(row[i], CultureInfo.InvariantCulture));
                        break;
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteXlsx(SummaryTable table, string path)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var styles = wb.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetPart = wb.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, table.Header.Cast<object?>().ToList(), header: true));
        var r = 2u;
        foreach (var row in table.Rows)
        {
            data.Append(Row(r++, row, header: false));
        }

        var widths = new Columns();
        for (var i = 0; i < table.Header.Count; i++)
        {
            var w = i switch { 0 => 48, 2 => 30, 9 => 60, _ => i >= table.FirstRuleColumn ? 9 : 11 };
            widths.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true });
        }

        var view = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
        var last = ColumnName(table.Header.Count - 1) + (table.Rows.Count + 1).ToString(CultureInfo.InvariantCulture);
        sheetPart.Worksheet = new Worksheet(view, widths, data, new AutoFilter { Reference = "A1:" + last });
        var sheets = wb.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = wb.GetIdOfPart(sheetPart), SheetId = 1, Name = "summary" });
        wb.Workbook.Save();
    }

    private static Row Row(uint index, IReadOnlyList<object?> cells, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
            var c = cells[i] switch
            {
                null => new Cell { CellReference = reference },
                int n => new Cell { CellReference = reference, CellValue = new CellValue(n), DataType = CellValues.Number },
                var v => new Cell { CellReference = reference, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Convert.ToString(v, CultureInfo.InvariantCulture)!)), DataType = CellValues.InlineString },
            };
            if (header)
            {
                c.StyleIndex = 1;
            }

            row.Append(c);
        }

        return row;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        index++;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            name = (char)('A' + m) + name;
            index = (index - m - 1) / 26;
        }

        return name;
    }
}
