using System.Collections.Frozen;

namespace Gongkai.Labels;

/// <summary>
/// Traditional → Simplified for the vocabulary of the format (labels, headings, the words rules look for), plus the
/// few word-level differences the Taiwan/Hong Kong style of the mirrors uses (檔案 → 文件, 入口網站 → 门户网站).
/// </summary>
/// <remarks>
/// A small table of our own rather than OpenCC: the format's vocabulary is closed, and the readers must stay pure and
/// fast. Characters that are the same in both scripts are not listed.
/// </remarks>
public static class TraditionalChinese
{
    private const string Pairs =
        "與与業业並并個个為为們们來来係系傳传價价優优償偿內内兩两關关務务動动區区協协單单員员問问國国圍围執执報报場场" +
        "處处備备復复實实審审對对將将專专屬属據据舉举幹干應应強强當当總总戶户損损擔担擇择數数斷断時时書书會会條条" +
        "東东構构樣样機机權权歸归決决況况沒没準准無无爲为現现產产畫画發发監监確确禮礼離离種种稅税積积穩稳義义結结" +
        "統统經经綜综維维編编織织繳缴續续聯联聲声營营規规視视覽览訊讯記记許许設设訴诉評评詢询該该認认誤误說说請请" +
        "調调談谈論论證证議议護护讀读變变財财貨货費费資资賠赔轉转辦办農农遞递這这違违運运過过達达選选還还邊边醫医" +
        "釋释針针錄录長长門门開开間间陽阳際际隱隐隨随雙双難难電电靜静項项須须預预領领頭头題题類类顯显風风體体點点" +
        "黨党齊齐徵征製制檔档範范於于後后從从補补庫库廢废彙汇網网紀纪級级縣县鄉乡鎮镇訂订歷历歲岁罰罚藝艺衛卫術术" +
        "險险隊队衝冲氣气環环號号災灾爭争濟济廣广廳厅驗验據据獲获繼继續续紙纸線线組组縮缩維维緊紧籌筹簡简節节範范" +
        "讓让譯译識识證证計计訊讯訪访詳详誠诚話话諮咨謝谢豐丰貿贸費费賴赖軍军輔辅輯辑辦办邁迈適适遲迟鄰邻鐘钟銷销" +
        "錢钱鏈链閱阅闡阐陣阵陳陈隸隶雜杂雲云靈灵韓韩順顺頒颁頻频額额願愿類类飯饭館馆馬马驅驱髮发鬥斗鳳凤麼么" +
        "勞劳勵励華华萬万葉叶蒐搜蘇苏號号衆众補补裝装複复製制覆覆見见規规親亲覺觉觸触諾诺謀谋謂谓講讲證证" +
        "護护貝贝負负貢贡貫贯責责貸贷賃赁賦赋質质購购贊赞趙赵跡迹車车軟软載载輪轮辭辞農农逕径週周進进遊游運运" +
        "遠远遙遥鄭郑醫医釐厘鉅巨銀银鋪铺錯错鍵键鎖锁鑒鉴閉闭閣阁闆板闊阔闖闯陸陆陰阴隔隔雖虽離离雞鸡響响頁页" +
        "頂顶頃顷項项順顺須须頌颂預预頓顿頗颇領领頭头頸颈頻频顆颗題题額额顏颜顧顾飢饥飼饲餘余馳驰駐驻騎骑驗验" +
        "態态憲宪懷怀攝摄擴扩擬拟敵敌斂敛於于昇升曆历書书構构標标樂乐樞枢檢检權权欄栏歐欧歸归殺杀毀毁氣气漢汉" +
        "澤泽濟济瀏浏灣湾為为烏乌無无營营爺爷牆墙獨独獎奖現现環环畢毕異异療疗發发盡尽監监盤盘眾众矯矫碼码礎础" +
        "禦御禪禅稱称穩稳窮穷競竞筆笔範范築筑簽签糧粮紅红紋纹納纳紐纽純纯級级細细終终組组絡络給给絕绝統统絲丝" +
        "經经綠绿網网綱纲緒绪線线締缔練练縣县縱纵總总績绩繁繁織织繼继續续罷罢羅罗習习聞闻聯联聽听職职肅肃腦脑" +
        "臨临興兴舊旧艙舱莊庄蔣蒋薦荐藥药蘭兰虛虚蟲虫術术衛卫製制襲袭規规視视";

    private static readonly FrozenDictionary<char, char> Map = BuildMap();

    private static readonly (string From, string To)[] Words =
    [
        ("规范性档案", "规范性文件"),
        ("档案", "文件"),
        ("入口网站", "门户网站"),
        ("资讯", "信息"),
    ];

    /// <summary>True when <paramref name="c"/> is a traditional character this table knows.</summary>
    public static bool IsTraditional(char c) => Map.ContainsKey(c);

    /// <summary>Converts character by character; the result has the same length as the input.</summary>
    public static string ToSimplifiedChars(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = IndexOfTraditional(text);
        if (i < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, s) =>
        {
            for (var j = 0; j < s.Length; j++)
            {
                span[j] = Map.TryGetValue(s[j], out var t) ? t : s[j];
            }
        });
    }

    /// <summary>Converts characters, then the few vocabulary differences (檔案 → 文件). The length may change.</summary>
    public static string ToSimplified(string text)
    {
        var s = ToSimplifiedChars(text);
        if (ReferenceEquals(s, text))
        {
            return text;
        }

        foreach (var (from, to) in Words)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        return s;
    }

    public static int IndexOfTraditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(Searcher);
    }

    /// <summary>A vectorised search for any traditional character this table knows: most text has none.</summary>
    private static readonly System.Buffers.SearchValues<char> Searcher = System.Buffers.SearchValues.Create([.. Map.Keys]);

    private static FrozenDictionary<char, char> BuildMap()
    {
        var d = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            if (Pairs[i] != Pairs[i + 1])
            {
                d[Pairs[i]] = Pairs[i + 1];
            }
        }

        return d.ToFrozenDictionary();
    }
}
