using System.Globalization;
using System.Text;
using Gongkai.Diagnostics;

namespace Gongkai.Calendar.Rendering;

/// <summary>Column layout for monospaced terminals, where CJK and full-width characters take two columns.</summary>
internal static class TextLayout
{
    public static int Width(string s)
    {
        var w = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            w += IsWide(rune.Value) ? 2 : 1;
        }

        return w;
    }

    public static string PadRight(string s, int width) => s + new string(' ', Math.Max(0, width - Width(s)));

    public static string PadLeft(string s, int width) => new string(' ', Math.Max(0, width - Width(s))) + s;

    /// <summary>Appends the lines of <paramref name="text"/> with trailing spaces removed.</summary>
    public static void AppendLine(StringBuilder sb, string text) => sb.Append(text.TrimEnd()).Append('\n');

    /// <summary>"2019年5月1日" or "2019-05-01".</summary>
    public static string Date(DateOnly d, Language language) => language == Language.En
        ? DateText.Iso(d)
        : string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");

    /// <summary>"5月1日" within <paramref name="year"/>, otherwise the full date; ISO in English.</summary>
    public static string ShortDate(DateOnly d, int year, Language language) => language == Language.En || d.Year != year
        ? Date(d, language)
        : string.Create(CultureInfo.InvariantCulture, $"{d.Month}月{d.Day}日");

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
}
