using System.Text.Json;
using Gongkai.Calendar.Data;
using static Gongkai.Calendar.Tests.T;

namespace Gongkai.Calendar.Tests;

/// <summary>The shipped data agrees, date for date, with ../shared/spec/china-holidays.json (skipped when absent).</summary>
public sealed class SpecAgreementTests
{
    private static JsonElement SpecYears()
    {
        var path = Path.Combine(RepoPaths.SharedSpecDirectory!, "china-holidays.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("years").Clone();
    }

    private static HashSet<DateOnly> Dates(JsonElement array) => [.. array.EnumerateArray().Select(e => D(e.GetString()!))];

    [SharedSpecFact]
    public void EmbeddedData_HasTheSameYearsNoticesAndDates()
    {
        var spec = SpecYears();
        var data = HolidayCalendarSource.Embedded.Data;
        Assert.Equal(spec.EnumerateObject().Select(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture)).Order(), data.Years.Select(y => y.Year));
        foreach (var y in data.Years)
        {
            var s = spec.GetProperty(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(s.GetProperty("notice").GetString(), y.Notice.Number);
            Assert.Equal(D(s.GetProperty("signed").GetString()!), y.Notice.Signed);
            Assert.Equal(D(s.GetProperty("published").GetString()!), y.Notice.Published);
            Assert.Equal(Dates(s.GetProperty("off")), [.. y.Periods.SelectMany(p => p.Arrangement.Off)]);
            Assert.Equal(Dates(s.GetProperty("work")), [.. y.Periods.SelectMany(p => p.Arrangement.Work)]);

            var specPeriods = s.GetProperty("periods").EnumerateArray().ToList();
            Assert.Equal(specPeriods.Select(p => p.GetProperty("name").GetString()), y.Periods.Select(p => p.Name));
            foreach (var (sp, p) in specPeriods.Zip(y.Periods))
            {
                Assert.Equal(D(sp.GetProperty("off_from").GetString()!), p.Arrangement.From);
                Assert.Equal(D(sp.GetProperty("off_to").GetString()!), p.Arrangement.To);
                Assert.Equal(Dates(sp.GetProperty("work")), [.. p.Arrangement.Work]);
                var amended = sp.TryGetProperty("amended_by", out var by);
                Assert.Equal(amended ? by.GetString() : null, p.AmendedBy);
                if (amended)
                {
                    var o = sp.GetProperty("original");
                    Assert.Equal(D(o.GetProperty("off_from").GetString()!), p.Original!.From);
                    Assert.Equal(D(o.GetProperty("off_to").GetString()!), p.Original.To);
                    Assert.Equal(Dates(o.GetProperty("work")), [.. p.Original.Work]);
                }
            }
        }
    }

    [SharedSpecFact]
    public void Calendar_ClassifiesEveryDayFrom2018December_AsTheSpecRuleDoes()
    {
        var spec = SpecYears();
        var off = new HashSet<DateOnly>();
        var work = new HashSet<DateOnly>();
        foreach (var y in spec.EnumerateObject())
        {
            off.UnionWith(Dates(y.Value.GetProperty("off")));
            work.UnionWith(Dates(y.Value.GetProperty("work")));
        }

        for (var d = D("2018-12-29"); d <= D("2026-12-31"); d = d.AddDays(1))
        {
            var expected = DateText.IsWeekend(d) ? work.Contains(d) : !off.Contains(d);
            Assert.True(expected == Cal.IsWorkingDay(d), $"{d:yyyy-MM-dd}: spec {expected}, calendar {Cal.IsWorkingDay(d)}");
        }
    }
}
