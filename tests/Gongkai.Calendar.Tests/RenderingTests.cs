using Gongkai.Calendar.Deadlines;
using Gongkai.Calendar.Rendering;
using Gongkai.Diagnostics;
using static Gongkai.Calendar.Tests.T;

namespace Gongkai.Calendar.Tests;

public sealed class RenderingTests
{
    [Fact]
    public void RenderMonth_MarksDaysOffAndMakeUpDays()
    {
        var text = CalendarTextRenderer.RenderMonth(Cal, 2024, 2);
        var lines = text.Split('\n');

        Assert.Equal("2024年2月", lines[0].Trim());
        Assert.Equal("一   二   三   四   五   六   日", lines[1]);
        Assert.Equal("                1    2    3    4班", lines[2]);
        Assert.Equal("12休 13休 14休 15休 16休 17休 18班", lines[4]);
        Assert.Contains("春节：2月10日至2月17日放假，共8天；2月4日（星期日）、2月18日（星期日）上班。", text, StringComparison.Ordinal);
        Assert.Contains("日历数据版本 2026.1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderMonth_English_ShowsTheAmendment()
    {
        var text = CalendarTextRenderer.RenderMonth(Cal, 2019, 5, Language.En);

        Assert.Contains(" 1H   2H   3H   4H   5W", text, StringComparison.Ordinal);
        Assert.Contains("Labour Day (劳动节): off 2019-05-01 to 2019-05-04", text, StringComparison.Ordinal);
        Assert.Contains("As amended by 国办发明电〔2019〕3号; originally off 2019-05-01", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderMonth_UnknownYear_SaysSo() =>
        Assert.Contains("2027年放假安排未收录：按周一至周五推定工作日。", CalendarTextRenderer.RenderMonth(Cal, 2027, 1), StringComparison.Ordinal);

    [Fact]
    public void RenderDeadline_ExplainsDayByDay()
    {
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2019-04-26")));
        var zh = DeadlineTextRenderer.Render(deadline);
        var en = DeadlineTextRenderer.Render(deadline, Language.En);

        Assert.Contains("答复期限：2019年5月27日（星期一），第20个工作日（第三十三条第一款）", zh, StringComparison.Ordinal);
        Assert.Contains("2019-04-28  周日  第1日    计入：调休上班（劳动节）", zh, StringComparison.Ordinal);
        Assert.Contains("2019-05-01  周三  —        不计：劳动节放假", zh, StringComparison.Ordinal);
        Assert.Contains("2019-05-27  周一  第20日   计入；答复期限届满（第20个工作日）", zh, StringComparison.Ordinal);
        Assert.Contains("Reply deadline: 2019-05-27 (Monday), the 20th working day (Art. 33(1))", en, StringComparison.Ordinal);
        Assert.Contains("2019-04-28  Sun  day 1    counted: make-up working day for Labour Day (调休上班)", en, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDeadline_ShowsWarningsInBothLanguages()
    {
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2026-12-15")));

        Assert.Contains("[DL001] 日历数据（版本 2026.1）中没有 2027 年的放假安排", DeadlineTextRenderer.RenderSummary(deadline), StringComparison.Ordinal);
        Assert.Contains("[DL001] the calendar data (version 2026.1) has no holiday arrangement for 2027", DeadlineTextRenderer.RenderSummary(deadline, Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDiff_ListsChangedDays()
    {
        var source = Data.HolidayCalendarSource.Embedded;
        var diff = CalendarDiff.Between(WorkingDayCalendar.Create(source, D("2020-01-26")), WorkingDayCalendar.Create(source, D("2020-01-27")));

        Assert.Contains("2020-01-31 周五  工作日 → 春节放假", CalendarTextRenderer.RenderDiff(diff), StringComparison.Ordinal);
    }
}
