using System.Text;
using System.Text.Json.Nodes;
using Gongkai.Calendar.Data;
using static Gongkai.Calendar.Tests.T;

namespace Gongkai.Calendar.Tests;

public sealed class HolidayDataTests
{
    internal static string EmbeddedJson()
    {
        using var stream = typeof(HolidayCalendarSource).Assembly.GetManifestResourceStream(HolidayCalendarSource.EmbeddedResourceName)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Embedded_IsValidAndItsHashMatches()
    {
        var source = HolidayCalendarSource.Embedded;

        Assert.Empty(source.Validate());
        Assert.Equal(source.Data.DeclaredContentHash, source.ContentHash);
        Assert.Equal("2026.1", source.VersionId);
        Assert.StartsWith("sha256:", source.ContentHash, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_HasEveryYearFrom2019To2026WithItsNotice()
    {
        var data = HolidayCalendarSource.Embedded.Data;

        Assert.Equal(Enumerable.Range(2019, 8), data.Years.Select(y => y.Year));
        Assert.Equal("国办发明电〔2018〕15号", data.FindYear(2019)!.Notice.Number);
        Assert.Equal("国办发明电〔2019〕3号", data.FindYear(2019)!.Amendments.Single().Number);
        Assert.Equal(D("2020-01-27"), data.FindYear(2020)!.Amendments.Single().Published);
        Assert.Equal(D("2020-01-26"), data.FindYear(2020)!.Amendments.Single().Signed);
        Assert.Equal("国办发明电〔2025〕7号", data.FindYear(2026)!.Notice.Number);
    }

    [Fact]
    public void Embedded_MatchesTheFileInTheRepository()
    {
        if (RepoPaths.RepositoryRoot is null)
        {
            return;
        }

        var onDisk = File.ReadAllText(Path.Combine(RepoPaths.RepositoryRoot, "data", "holidays", "cn-holidays.json"));
        Assert.Equal(onDisk, EmbeddedJson());
    }

    [Fact]
    public void ContentHash_IgnoresLayoutButNotDates()
    {
        var json = EmbeddedJson();
        var relaid = JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = false });
        var edited = json.Replace("\"2019-10-07\"]", "\"2019-10-08\"]", StringComparison.Ordinal);

        Assert.Equal(HolidayCalendarSource.Embedded.ContentHash, HolidayCalendarSource.FromJson(relaid).ContentHash);
        Assert.NotEqual(HolidayCalendarSource.Embedded.ContentHash, HolidayCalendarSource.FromJson(edited).ContentHash);
    }

    [Fact]
    public void AsOf_KeepsOnlyPublishedNoticesAndOriginalArrangements()
    {
        var data = HolidayCalendarSource.Embedded.Data;

        Assert.Equal([2019], data.AsOf(D("2019-03-21")).Years.Select(y => y.Year));
        Assert.Equal(D("2019-05-01"), data.AsOf(D("2019-03-21")).FindYear(2019)!.Periods.Single(p => p.Name == "劳动节").Arrangement.To);
        Assert.Equal(D("2019-05-04"), data.AsOf(D("2019-03-22")).FindYear(2019)!.Periods.Single(p => p.Name == "劳动节").Arrangement.To);
        Assert.Equal([2019, 2020], data.AsOf(D("2019-11-21")).Years.Select(y => y.Year));
        Assert.Empty(data.AsOf(D("2018-12-05")).Years);
        Assert.Equal("2026.1@2019-03-21", data.AsOf(D("2019-03-21")).VersionId);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"format\":\"gongkai.holidays/1\"}")]
    public void FromJson_Unreadable_Throws(string json) =>
        Assert.Throws<HolidayDataFormatException>(() => HolidayCalendarSource.FromJson(json));

    [Fact]
    public void FromJson_UnknownField_Throws()
    {
        var json = EmbeddedJson().Replace("\"amendedBy\"", "\"ammendedBy\"", StringComparison.Ordinal);

        Assert.Throws<HolidayDataFormatException>(() => HolidayCalendarSource.FromJson(json));
    }

    [Fact]
    public void FromJson_NewYearAdded_NeedsTheNewHashThenBuilds()
    {
        // How a maintainer adds a year: append it, read the computed hash from CAL003, write it in, reload.
        var root = JsonNode.Parse(EmbeddedJson())!;
        root["version"] = "2027.1";
        root["years"]!.AsArray().Add(JsonNode.Parse("""
            {"year": 2027, "notice": {"number": "测试〔2026〕1号", "title": "测试用通知（非真实数据）", "signed": "2026-11-01", "published": "2026-11-02"},
             "periods": [{"name": "元旦", "nameEn": "New Year's Day", "from": "2027-01-01", "to": "2027-01-03", "off": ["2027-01-01"], "work": []}]}
            """));
        var stale = HolidayCalendarSource.FromJson(root.ToJsonString(), "test");
        var hashIssue = Assert.Single(stale.Validate());
        Assert.Equal(CalendarMessages.DataHash, hashIssue.Id);
        Assert.Throws<InvalidHolidayDataException>(() => WorkingDayCalendar.Create(stale));

        root["contentHash"] = hashIssue.Arg("computed");
        var fresh = HolidayCalendarSource.FromJson(root.ToJsonString(), "test");
        var calendar = WorkingDayCalendar.Create(fresh);

        Assert.Empty(fresh.Validate());
        Assert.Equal("2027.1", calendar.VersionId);
        Assert.False(calendar.IsWorkingDay(D("2027-01-01")));
        Assert.Equal(DayCertainty.Known, calendar.GetDay(D("2026-12-28")).Certainty);
        var diff = CalendarDiff.Between(WorkingDayCalendar.Default, calendar);
        Assert.Equal([2027], diff.YearsAdded.ToArray());
        Assert.Equal([D("2027-01-01")], diff.Changes.Select(c => c.Date));
    }
}
