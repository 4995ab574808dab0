using System.Text;
using System.Text.Json;
using Gongkai.Formats;
using Gongkai.Reports;
using Gongkai.Rules;

namespace Gongkai.Tests;

/// <summary>
/// Every cell of every real published report in ../shared/corpus/real is read as its truth file says; the defects
/// the truth files list are found. A cell read wrongly fails; a cell that could not be read must say so (unreadable),
/// and fails too, as not yet read — never a guess.
/// </summary>
public sealed class RealCorpusTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var t in TruthFile.All())
        {
            data.Add(t.Name);
        }

        if (data.Count == 0)
        {
            data.Add("(../shared absent)");
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void EveryCell_IsReadAsPublished(string name)
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var truth = TruthFile.Get(name);
        Assert.True(FormatRegistry.Default.Formats.Any(f => f.Name == truth.Form), $"no {truth.Form} reader is registered");
        Skip.If(truth.Form == "pdf" && !PdfTools.HasPdftotext, PdfTools.Missing);
        var model = Read(truth);
        Assert.Equal(truth.Edition, (int)model.Edition);
        var wrong = new StringBuilder();
        var counted = 0;
        foreach (var (field, expected) in truth.Cells)
        {
            counted++;
            var actual = model.Tables[field].Value;
            var ok = expected.ValueKind switch
            {
                JsonValueKind.Number => actual.IsNumber && actual.Number == expected.GetDecimal(),
                JsonValueKind.String when expected.GetString() == "blank" => actual.IsNotFilled,
                JsonValueKind.String when expected.GetString() == "missing" => actual.IsAbsent,
                _ => false,
            };
            if (!ok)
            {
                wrong.Append("  ").Append(field).Append(": published ").Append(expected.ToString())
                    .Append(", read ").Append(actual.ToString()).Append(actual.State == CellState.Unreadable ? " (reported unreadable, not guessed)" : string.Empty).Append('\n');
            }
        }

        Assert.True(counted > 100, "too few cells in the truth file");
        Assert.True(wrong.Length == 0, $"{name}: cells not read as published:\n{wrong}");
    }

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void Metadata_IsRead(string name)
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var truth = TruthFile.Get(name);
        Assert.True(FormatRegistry.Default.Formats.Any(f => f.Name == truth.Form), $"no {truth.Form} reader is registered");
        Skip.If(truth.Form == "pdf" && !PdfTools.HasPdftotext, PdfTools.Missing);
        var model = Read(truth);
        Assert.Equal(truth.Year, model.Metadata.Year?.Value);
        Assert.Equal(6, model.Sections.Length);
    }

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void PublishedDefects_AreFound(string name)
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var truth = TruthFile.Get(name);
        Assert.True(FormatRegistry.Default.Formats.Any(f => f.Name == truth.Form), $"no {truth.Form} reader is registered");
        Skip.If(truth.Form == "pdf" && !PdfTools.HasPdftotext, PdfTools.Missing);
        var model = Read(truth);
        var context = RuleContext.Default;
        if (truth.PairRole == "current" && truth.PairWith is { } prior)
        {
            context = context with { Prior = Read(TruthFile.All().Single(t => Path.GetFileName(t.DocumentPath) == prior)) };
        }

        var audit = Auditor.Default.Audit(model, default, context);
        var found = audit.Findings.Select(f => f.Id).ToHashSet();
        var missing = truth.Defects
            .Where(d => d.Primary)
            .Where(d => !found.Contains(d.Check) && !d.AlsoAcceptable.Any(found.Contains))
            .Select(d => d.Check + ": " + d.Detail)
            .ToList();
        Assert.True(missing.Count == 0, $"{name}: defects not found:\n  " + string.Join("\n  ", missing) + "\nfound: " + string.Join(", ", found.Order()));
    }

    internal static ReportModel Read(TruthFile truth)
    {
        var result = FormatRegistry.Default.Read(ReportSource.FromFile(truth.DocumentPath));
        Assert.True(result.Value is not null, $"{truth.Name} ({truth.Form}) could not be read: " + string.Join("; ", result.Diagnostics.Select(d => d.Id + " " + string.Join(",", d.Args.Select(a => a.Zh)))));
        return result.Value!;
    }
}
