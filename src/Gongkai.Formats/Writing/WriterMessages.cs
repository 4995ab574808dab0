using Gongkai.Localization;

namespace Gongkai.Formats.Writing;

/// <summary>What writers can report, by stable ID ("W" + number; the ID is also the message key).</summary>
public static class WriterMessages
{
    public const string ChromiumMissing = "W001";
    public const string ChromiumFailed = "W002";
    public const string ChromiumTimeout = "W003";

    public static IReadOnlyList<MessageTemplate> All { get; } =
    [
        new(
            ChromiumMissing,
            "未找到 Chromium 浏览器，无法生成 PDF。请安装 Debian 软件包 chromium（sudo apt-get install chromium），或用环境变量 GONGKAI_CHROMIUM 指定浏览器程序的路径",
            "Chromium was not found, so no PDF can be made. Install the Debian package chromium (sudo apt-get install chromium), or set GONGKAI_CHROMIUM to the browser's path"),
        new(ChromiumFailed, "Chromium 未能生成 PDF（{detail}）", "Chromium did not produce the PDF ({detail})"),
        new(ChromiumTimeout, "Chromium 在 {seconds} 秒内未完成 PDF，已终止", "Chromium did not finish the PDF within {seconds} s and was stopped"),
    ];

    public static IMessageCatalog Catalog { get; } = new MessageCatalog(All);
}
