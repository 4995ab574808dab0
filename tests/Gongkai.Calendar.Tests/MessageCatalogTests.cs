using Gongkai.Diagnostics;

namespace Gongkai.Calendar.Tests;

public sealed class MessageCatalogTests
{
    [Fact]
    public void EveryMessage_HasBothLanguagesAndAUniqueId()
    {
        var all = CalendarMessages.All;

        Assert.Equal(all.Count, all.Select(m => m.Key).Distinct().Count());
        Assert.All(all, m => Assert.False(string.IsNullOrWhiteSpace(m.Zh) || string.IsNullOrWhiteSpace(m.En)));
    }

    [Fact]
    public void EveryIdConstant_HasATemplate()
    {
        var ids = typeof(CalendarMessages).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(ids, id => Assert.NotNull(CalendarMessages.Catalog.Find(id, Language.En)));
    }
}
