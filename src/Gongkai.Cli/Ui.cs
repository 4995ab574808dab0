using Gongkai.Diagnostics;

namespace Gongkai.Cli;

/// <summary>The command line's own words, Simplified Chinese first and English second.</summary>
internal static class Ui
{
    public static string T(Language lang, string zh, string en) => lang == Language.En ? en : zh;

    public static string Severity(Language lang, Severity s) => s switch
    {
        Diagnostics.Severity.Error => T(lang, "错误", "error"),
        Diagnostics.Severity.Warning => T(lang, "警告", "warning"),
        _ => T(lang, "提示", "info"),
    };

    /// <summary>The language from --lang, else GONGKAI_LANG, else Chinese.</summary>
    public static Language Resolve(string? option)
    {
        var v = option ?? Environment.GetEnvironmentVariable("GONGKAI_LANG");
        return v is not null && v.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Zh;
    }
}
