namespace Gongkai.Formats.Html;

/// <summary>
/// The page's stylesheets, scoped to <c>.gk-report</c> so the article can be pasted into a website without touching
/// its other styles. Font lists name the customary faces of Chinese official documents first (方正小标宋简体 title,
/// 仿宋_GB2312 body, 黑体 headings, 楷体 run-in headings) and fall back to Noto CJK, which every Linux has.
/// </summary>
internal static class HtmlWriterStyles
{
    public const string Screen = """
.gk-report{font-family:"仿宋_GB2312","仿宋",FangSong,STFangsong,"Noto Serif CJK SC","Source Han Serif SC",serif;font-size:16px;line-height:1.9;color:#000;background:#fff;max-width:50em;margin:0 auto;padding:1em}
.gk-report h1{font-family:"方正小标宋简体","FZXiaoBiaoSong-B05S","华文中宋",STZhongsong,"Noto Serif CJK SC","Source Han Serif SC",serif;font-size:1.5em;font-weight:700;line-height:1.5;text-align:center;margin:.5em 0 1.2em}
.gk-report h2{font-family:"黑体",SimHei,"Noto Sans CJK SC","Source Han Sans SC",sans-serif;font-size:1em;font-weight:400;margin:.6em 0 0;text-indent:2em}
.gk-report p{margin:0;text-indent:2em;text-align:justify}
.gk-report .gk-run-in{font-family:"楷体_GB2312","楷体",KaiTi,STKaiti,"Noto Serif CJK SC","Source Han Serif SC",serif}
.gk-report table{border-collapse:collapse;width:100%;margin:.6em 0 1em;font-family:"宋体",SimSun,"Noto Serif CJK SC","Source Han Serif SC",serif;font-size:13px;line-height:1.35}
.gk-report th,.gk-report td{border:1px solid #000;padding:3px 4px;text-align:center;vertical-align:middle;font-weight:400}
.gk-report th[scope=row],.gk-report th[scope=rowgroup]{text-align:left}
.gk-report thead th,.gk-report th.gk-block{font-weight:700}
.gk-report td.gk-note{font-size:.9em;text-align:left}
.gk-report table.gk-joined{margin-bottom:0}
.gk-report table.gk-cont{margin-top:0}
.gk-report table.gk-cont>thead>tr:first-child>*{border-top:0}
""";

    /// <summary>A4 with the customary margins of official documents (上 37 mm, 下 35 mm, 左 28 mm, 右 26 mm), "— 1 —" page numbers.</summary>
    public const string Print = """
@page{size:A4;margin:37mm 26mm 35mm 28mm;@bottom-center{content:"— " counter(page) " —";font-family:"宋体",SimSun,"Noto Serif CJK SC",serif;font-size:14pt}}
html,body{margin:0;padding:0;background:#fff}
.gk-report{max-width:none;margin:0;padding:0;font-size:16pt;line-height:28pt}
.gk-report h1{font-size:22pt;line-height:1.45;margin:0 0 28pt}
.gk-report h2{margin:0}
.gk-report table{font-size:10.5pt;line-height:1.3;margin:6pt 0 10pt}
.gk-report table.gk-joined{margin-bottom:0}
.gk-report table.gk-cont{margin-top:0}
.gk-report thead{display:table-header-group}
.gk-report tr{break-inside:avoid}
.gk-report h2{break-after:avoid}
""";
}
