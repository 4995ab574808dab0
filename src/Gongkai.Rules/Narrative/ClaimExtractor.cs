using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;
using T2 = Gongkai.Schema.SchemaIds.T2;

namespace Gongkai.Rules.Narrative;

/// <summary>
/// Finds the statements of a report's prose that the tables can confirm or contradict. Each paragraph is scanned
/// once for the key characters it holds, and each source-generated pattern then runs at most once on it, only where
/// its words are present; the result is cached per report, so the narrative rules (and P3) share one pass.
/// </summary>
/// <remarks>
/// The patterns are deliberately narrow: a statement missed makes a rule not assessable, a statement misread makes
/// a false warning. Numbers are Arabic (readers turn full-width digits into ASCII) and may have spaces around them
/// ("收到依申请公开 12 件"). Negative statements are recognised only when their object is an application, so
/// "未收到行政复议申请" says nothing about table 2.
/// </remarks>
public static partial class ClaimExtractor
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly ConditionalWeakTable<ReportModel, ClaimSet> Cache = new();

    private static readonly string[] NotApplicationWords = ["复议", "诉讼", "提案", "建议", "投诉", "举报", "信访", "咨询", "留言"];

    private static readonly string[] ReceiveVerbs = ["收到", "受理", "新收", "接收", "接到", "收悉", "公开申请"];

    private static readonly string[] HandledVerbs = ["办结", "答复", "办理", "处理", "未", "没有"];

    private static readonly string[] ScopeWords = ["代表", "全区", "全市", "全县", "全镇", "全省", "汇总"];

    private static readonly string[] IssueVerbs = ["发布", "制定", "制发", "出台", "印发", "公开", "新增"];

    private static readonly string[] DocBlockers = ["废止", "清理", "备案", "审查", "审核", "解读", "修订", "修改", "失效", "评估", "刊登", "编发", "征求", "转发"];

    /// <summary>Units of prose totals; "人次" before "次" so the longer one wins.</summary>
    private static readonly string[] Units = ["人次", "条", "件", "个", "篇", "项", "次", "份", "期", "场"];

    private static readonly string[] CorrectionWords = ["纠错", "纠正", "败诉", "撤销", "确认违法"];

    /// <summary>The claims of a report, computed once and kept as long as the report is alive.</summary>
    public static ClaimSet For(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Cache.GetValue(report, Extract);
    }

    /// <summary>The claims of a report, computed once per audit (or per report when called outside an audit).</summary>
    public static ClaimSet For(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Scratch is { } scratch && ReferenceEquals(scratch.Report, report))
        {
            return scratch.Claims ??= Extract(report);
        }

        return For(report);
    }

    public static ClaimSet Extract(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var sums = ImmutableArray.CreateBuilder<SumClaim>();
        foreach (var p in report.Preamble)
        {
            Paragraph(p, null, claims, sums);
        }

        foreach (var s in report.Sections)
        {
            foreach (var p in s.Paragraphs)
            {
                Paragraph(p, s.Id, claims, sums);
            }
        }

        return claims.Count == 0 && sums.Count == 0 ? ClaimSet.Empty : new ClaimSet(claims.ToImmutable(), sums.ToImmutable());
    }

    /// <summary>The claims of one piece of text with no place in a source (for tests and tools).</summary>
    public static ClaimSet Extract(string text, SectionId? section = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var sums = ImmutableArray.CreateBuilder<SumClaim>();
        Paragraph(new Sourced<string>(text, new SourceRef(new TextSpan(0, text.Length), 1, 1)), section, claims, sums);
        return new ClaimSet(claims.ToImmutable(), sums.ToImmutable());
    }

    private static void Paragraph(Sourced<string> p, SectionId? section, ImmutableArray<Claim>.Builder claims, ImmutableArray<SumClaim>.Builder sums)
    {
        // traditional characters are read as their simplified forms, one for one, so quotes and places stay true
        var simplified = Labels.TraditionalChinese.ToSimplifiedChars(p.Value);
        if (!ReferenceEquals(simplified, p.Value))
        {
            p = p with { Value = simplified };
        }

        var words = ParagraphWordsScanner.Scan(p.Value);
        if ((words & ParagraphWords.Digit) == 0 && (words & ParagraphWords.Negation) == 0 && (words & ParagraphWords.Upheld) == 0)
        {
            return;
        }

        // each group of patterns runs only when the paragraph holds a character every one of its matches contains
        Span<int> usedBuffer = stackalloc int[16];
        var used = new UsedNumbers(usedBuffer);
        if ((words & (ParagraphWords.Apply | ParagraphWords.Carry | ParagraphWords.Defer)) != 0)
        {
            Applications(p, words, claims, ref used);
        }

        if ((words & (ParagraphWords.Review | ParagraphWords.Suit | ParagraphWords.Upheld)) != 0)
        {
            Appeals(p, words, section, claims);
        }

        if ((words & (ParagraphWords.Rules | ParagraphWords.Digit)) == (ParagraphWords.Rules | ParagraphWords.Digit) && ProseText.ContainsAny(p.Value, "规范性文件", "规章"))
        {
            Documents(p, claims);
        }

        if ((words & (ParagraphWords.Among | ParagraphWords.Digit)) == (ParagraphWords.Among | ParagraphWords.Digit))
        {
            Sums(p, sums);
        }
    }

    private static void Applications(in Sourced<string> p, ParagraphWords words, ImmutableArray<Claim>.Builder claims, ref UsedNumbers used)
    {
        // the character flags say which words may be there; an IndexOf of the exact words decides, which is still
        // much cheaper than a pattern scan of the paragraph
        var text = p.Value;
        var span = text.AsSpan();
        var digits = (words & ParagraphWords.Digit) != 0;
        var hasApplication = (words & ParagraphWords.Apply) != 0;
        if (digits && hasApplication && (words & ParagraphWords.Handle) != 0 && (words & ParagraphWords.Total) != 0
            && ProseText.ContainsAny(span, "共办理", "共处理", "共答复", "累计办理", "累计处理", "累计答复", "全年办理", "全年处理", "全年答复"))
        {
            Handled(p, claims, ref used);
        }

        if (digits && hasApplication && ProseText.ContainsAny(span, ReceiveVerbs))
        {
            Received(p, words, claims, ref used);
        }

        if (digits && (words & ParagraphWords.Carry) != 0 && ProseText.Contains(span, "结转"))
        {
            AddAll(p, CarriedOverRegex(), ClaimKind.CarriedOver, claims, ref used);
            AddAll(p, CarriedForwardRegex(), ClaimKind.CarriedForward, claims, ref used);
        }

        if (digits && (words & (ParagraphWords.Carry | ParagraphWords.Defer)) != 0 && ProseText.ContainsAny(span, "结转", "顺延"))
        {
            CarriedForwardBefore(p, claims, ref used);
        }

        if (digits && (words & ParagraphWords.Defer) != 0 && ProseText.Contains(span, "顺延"))
        {
            AddAll(p, CarriedForwardAfterRegex(), ClaimKind.CarriedForward, claims, ref used);
        }

        if (digits && hasApplication && (words & (ParagraphWords.Carry | ParagraphWords.Handle)) != 0 && ProseText.ContainsAny(span, "办结", "答复"))
        {
            Concluded(p, claims, ref used);
        }

        if ((words & ParagraphWords.Negation) != 0 && hasApplication && ProseText.ContainsAny(span, "未", "没", "无依申请"))
        {
            foreach (Match m in NoApplicationsRegex().Matches(text))
            {
                if (!ProseText.ContainsAny(First(m).ValueSpan, NotApplicationWords))
                {
                    claims.Add(new Claim(ClaimKind.NoApplications, 0, m.Value, ProseText.At(p, m.Index, m.Length)));
                }
            }
        }
    }

    /// <summary>
    /// "另有K件申请…顺延到下年度": anchored on 顺延/结转 + 下年度 (rare words), then the number looked for backwards in
    /// the same clause, which is far cheaper than a pattern that starts at every digit.
    /// </summary>
    private static void CarriedForwardBefore(in Sourced<string> p, ImmutableArray<Claim>.Builder claims, ref UsedNumbers used)
    {
        const int Reach = 30;
        var text = p.Value;
        foreach (var anchor in CarriedForwardAnchorRegex().EnumerateMatches(text))
        {
            var clauseStart = Math.Max(ProseText.ClauseStart(text, anchor.Index), anchor.Index - Reach);
            for (var k = anchor.Index - 1; k >= clauseStart; k--)
            {
                if (char.IsAsciiDigit(text[k]))
                {
                    break; // a number after 件 and before the anchor: not this shape
                }

                if (text[k] != '件')
                {
                    continue;
                }

                var e = k;
                while (e > 0 && text[e - 1] == ' ')
                {
                    e--;
                }

                var b = e;
                while (b > 0 && char.IsAsciiDigit(text[b - 1]))
                {
                    b--;
                }

                if (b < e && used.Add(b))
                {
                    var end = anchor.Index + anchor.Length;
                    claims.Add(new Claim(ClaimKind.CarriedForward, Number(text.AsSpan(b, e - b)), text[b..end], ProseText.At(p, b, end - b)));
                }

                break;
            }
        }
    }

    private static void Handled(in Sourced<string> p, ImmutableArray<Claim>.Builder claims, ref UsedNumbers used)
    {
        foreach (Match m in HandledRegex().Matches(p.Value))
        {
            if (!ProseText.ContainsAny(First(m).ValueSpan, NotApplicationWords) && used.Add(N(m).Index))
            {
                claims.Add(Make(p, ClaimKind.Handled, m));
            }
        }
    }

    private static void Received(in Sourced<string> p, ParagraphWords words, ImmutableArray<Claim>.Builder claims, ref UsedNumbers used)
    {
        var text = p.Value;
        foreach (Match m in ReceivedRegex().Matches(text))
        {
            if (ProseText.ContainsAny(First(m).ValueSpan, NotApplicationWords) || !used.Add(N(m).Index))
            {
                continue;
            }

            var sentenceStart = ProseText.SentenceStart(text, m.Index);
            var scoped = ProseText.ContainsAny(text.AsSpan(sentenceStart, m.Index + m.Length - sentenceStart), ScopeWords);
            claims.Add(new Claim(ClaimKind.Received, Number(N(m).ValueSpan), m.Value, ProseText.At(p, m.Index, m.Length)) { Scoped = scoped });
            ApplicantBreakdown(p, m.Index + m.Length, claims, ref used);
        }

        if ((words & ParagraphWords.Total) == 0)
        {
            return;
        }

        foreach (Match m in VerblessReceivedRegex().Matches(text))
        {
            var clauseStart = ProseText.ClauseStart(text, m.Index);
            if (ProseText.ContainsAny(text.AsSpan(clauseStart, m.Index - clauseStart), HandledVerbs) || !used.Add(N(m).Index))
            {
                continue;
            }

            claims.Add(Make(p, ClaimKind.Received, m));
            ApplicantBreakdown(p, m.Index + m.Length, claims, ref used);
        }
    }

    private static void Concluded(in Sourced<string> p, ImmutableArray<Claim>.Builder claims, ref UsedNumbers used)
    {
        var text = p.Value;
        foreach (Match m in ConcludedRegex().Matches(text))
        {
            if (ProseText.ContainsAny(First(m).ValueSpan, NotApplicationWords))
            {
                continue;
            }

            var s = ProseText.SentenceStart(text, m.Index);
            var e = ProseText.SentenceEnd(text, m.Index);
            if (ProseText.Contains(text.AsSpan(s, e - s), "申请") && used.Add(N(m).Index))
            {
                claims.Add(Make(p, ClaimKind.Concluded, m));
            }
        }
    }

    private static void AddAll(in Sourced<string> p, Regex regex, ClaimKind kind, ImmutableArray<Claim>.Builder claims, ref UsedNumbers used)
    {
        foreach (Match m in regex.Matches(p.Value))
        {
            if (used.Add(N(m).Index))
            {
                claims.Add(Make(p, kind, m));
            }
        }
    }

    /// <summary>"其中自然人 11 件、科研机构 3 件": applicant counts in the rest of the sentence of a received claim.</summary>
    private static void ApplicantBreakdown(in Sourced<string> p, int from, ImmutableArray<Claim>.Builder claims, ref UsedNumbers used)
    {
        var text = p.Value;
        var end = ProseText.SentenceEnd(text, from);
        foreach (Match m in ApplicantRegex().Matches(text[..end], from))
        {
            if (!used.Add(N(m).Index))
            {
                continue;
            }

            var column = First(m).Value switch
            {
                "自然人" => T2.NaturalPerson,
                "商业企业" => T2.Commercial,
                "科研机构" => T2.Research,
                "社会公益组织" => T2.SocialWelfare,
                "法律服务机构" => T2.LegalService,
                _ => null,
            };
            claims.Add(new Claim(ClaimKind.Applicant, Number(N(m).ValueSpan), m.Value, ProseText.At(p, m.Index, m.Length)) { Column = column });
        }
    }

    private static void Appeals(in Sourced<string> p, ParagraphWords words, SectionId? section, ImmutableArray<Claim>.Builder claims)
    {
        var text = p.Value;
        var review = (words & ParagraphWords.Review) != 0 && ProseText.Contains(text, "复议");
        var suits = (words & ParagraphWords.Suit) != 0 && ProseText.Contains(text, "诉讼");
        if ((review || suits) && (words & ParagraphWords.Negation) != 0)
        {
            NoAppeals(p, claims);
        }

        if ((words & ParagraphWords.Upheld) != 0 && ProseText.ContainsAny(text, "维持", "胜诉"))
        {
            foreach (Match m in AllUpheldRegex().Matches(text))
            {
                var s = ProseText.SentenceStart(text, m.Index);
                var scope = ScopeOf(text.AsSpan(s, m.Index + m.Length - s));
                claims.Add(new Claim(ClaimKind.AllUpheld, 0, text[s..(m.Index + m.Length)], ProseText.At(p, s, m.Index + m.Length - s)) { Scope = scope == AppealScope.None ? AppealScope.All : scope });
            }
        }

        if ((words & ParagraphWords.Digit) == 0)
        {
            return;
        }

        // counts of 复议/诉讼 are read only where the text is about disclosure: in section 四, or in a paragraph that
        // speaks of 信息公开 or 依申请 (an agency may also report its general administrative-review workload)
        var inSection = section == SectionId.Appeals || ProseText.ContainsAny(text, "信息公开", "依申请");
        if (review)
        {
            foreach (Match m in ReviewCountRegex().Matches(text))
            {
                if (inSection || AboutDisclosure(text, m.Index))
                {
                    claims.Add(new Claim(ClaimKind.ReviewCount, Number(N(m).ValueSpan), m.Value, ProseText.At(p, m.Index, m.Length)) { Scope = AppealScope.Review });
                }
            }
        }

        if (suits)
        {
            foreach (Match m in SuitCountRegex().Matches(text))
            {
                if (inSection || AboutDisclosure(text, m.Index))
                {
                    claims.Add(new Claim(ClaimKind.SuitCount, Number(N(m).ValueSpan), m.Value, ProseText.At(p, m.Index, m.Length)) { Scope = AppealScope.Suits });
                }
            }
        }
    }

    private static void NoAppeals(in Sourced<string> p, ImmutableArray<Claim>.Builder claims)
    {
        var text = p.Value;
        foreach (Match m in NoAppealsRegex().Matches(text))
        {
            var mid = First(m).ValueSpan;
            if (mid.StartsWith("经", StringComparison.Ordinal) || text.AsSpan(m.Index).StartsWith("无论", StringComparison.Ordinal))
            {
                continue;
            }

            var end = ProseText.SentenceEnd(text, m.Index);
            var clauseEnd = ProseText.ClauseEnd(text, m.Index);
            var scope = ScopeOf(text.AsSpan(m.Index, clauseEnd - m.Index));
            var kind = ProseText.ContainsAny(text.AsSpan(m.Index, end - m.Index), CorrectionWords) ? ClaimKind.NoCorrections : ClaimKind.NoAppeals;
            claims.Add(new Claim(kind, 0, text[m.Index..clauseEnd], ProseText.At(p, m.Index, clauseEnd - m.Index)) { Scope = scope });
        }
    }

    private static bool AboutDisclosure(string text, int pos)
    {
        var s = ProseText.SentenceStart(text, pos);
        var e = ProseText.SentenceEnd(text, pos);
        return ProseText.ContainsAny(text.AsSpan(s, e - s), "信息公开", "申请");
    }

    private static AppealScope ScopeOf(ReadOnlySpan<char> text)
    {
        var scope = AppealScope.None;
        if (ProseText.Contains(text, "复议"))
        {
            scope |= AppealScope.Review;
        }

        if (ProseText.Contains(text, "诉讼") || ProseText.Contains(text, "起诉"))
        {
            scope |= AppealScope.Suits;
        }

        return scope;
    }

    private static void Documents(in Sourced<string> p, ImmutableArray<Claim>.Builder claims)
    {
        const int Window = 40;
        var text = p.Value;
        foreach (Match m in DocumentsRegex().Matches(text))
        {
            if (m.Index >= 2 && text.AsSpan(m.Index - 2, 2).SequenceEqual("部门"))
            {
                continue;
            }

            var s = Math.Max(ProseText.SentenceStart(text, m.Index), m.Index - Window);
            var semi = text.AsSpan(s, m.Index - s).LastIndexOfAny('；', ';');
            if (semi >= 0)
            {
                s += semi + 1;
            }

            var before = text.AsSpan(s, m.Index - s);
            var clauseStart = ProseText.ClauseStart(text, m.Index);
            var clause = text.AsSpan(clauseStart, m.Index - clauseStart);
            var normative = First(m).Value != "规章";
            ClaimKind kind;
            int quoteStart;
            if (clause.LastIndexOf("现行", StringComparison.Ordinal) is var current && current >= 0)
            {
                kind = normative ? ClaimKind.NormativeInForce : ClaimKind.RegulationsInForce;
                quoteStart = clauseStart + current;
            }
            else if (LastIndexOfAny(before, IssueVerbs) is var verb && verb >= 0 && verb > LastIndexOfAny(before, DocBlockers))
            {
                kind = normative ? ClaimKind.NormativeIssued : ClaimKind.RegulationsIssued;
                quoteStart = s + verb;
            }
            else
            {
                continue;
            }

            var end = m.Index + m.Length;
            claims.Add(new Claim(kind, Number(N(m).ValueSpan), text[quoteStart..end], ProseText.At(p, quoteStart, end - quoteStart)));
        }
    }

    private static int LastIndexOfAny(ReadOnlySpan<char> text, string[] words)
    {
        var best = -1;
        foreach (var w in words)
        {
            var i = text.LastIndexOf(w, StringComparison.Ordinal);
            if (i > best)
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>"N条，其中…": anchored on 其中, with the total read backwards from it (unit, then digits).</summary>
    private static void Sums(in Sourced<string> p, ImmutableArray<SumClaim>.Builder sums)
    {
        var text = p.Value;
        var from = 0;
        while (true)
        {
            var at = text.IndexOf("其中", from, StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            from = at + 2;
            if (!TotalBefore(text, at, out var start, out var total, out var unit))
            {
                continue;
            }

            var end = ProseText.SentenceEnd(text, from);
            var parts = ImmutableArray.CreateBuilder<decimal>();
            var plain = true;
            var previousEnd = -1;
            foreach (var part in PartRegex().EnumerateMatches(text.AsSpan(0, end), from))
            {
                // "12 条": the digits lead, the unit closes the match
                var value = text.AsSpan(part.Index, part.Length);
                if (!value.EndsWith(unit, StringComparison.Ordinal) || (unit == "次" && value.EndsWith("人次", StringComparison.Ordinal)))
                {
                    continue;
                }

                var digits = 0;
                while (digits < value.Length && (char.IsAsciiDigit(value[digits]) || value[digits] == '.'))
                {
                    digits++;
                }

                if (previousEnd >= 0 && text.AsSpan(previousEnd, part.Index - previousEnd).IndexOfAny('，', ',') >= 0)
                {
                    plain = false;
                }

                parts.Add(Number(value[..digits]));
                previousEnd = part.Index + part.Length;
            }

            if (parts.Count > 0)
            {
                sums.Add(new SumClaim(total, unit, parts.ToImmutable(), plain, text[start..end], ProseText.At(p, start, end - start)));
            }
        }
    }

    /// <summary>Reads "N 条，" backwards from 其中: separators, a unit, spaces, a number.</summary>
    private static bool TotalBefore(string text, int at, out int start, out decimal total, out string unit)
    {
        start = 0;
        total = 0;
        unit = string.Empty;
        var i = at;
        while (i > 0 && text[i - 1] is ' ' or '，' or ',' or '：' or ':')
        {
            i--;
        }

        foreach (var u in Units)
        {
            if (i >= u.Length && text.AsSpan(i - u.Length, u.Length).SequenceEqual(u))
            {
                unit = u;
                break;
            }
        }

        if (unit.Length == 0)
        {
            return false;
        }

        i -= unit.Length;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        var e = i;
        while (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.'))
        {
            i--;
        }

        if (i == e || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }

        start = i;
        total = Number(text.AsSpan(i, e - i));
        return true;
    }

    private static Claim Make(in Sourced<string> p, ClaimKind kind, Match m) =>
        new(kind, Number(N(m).ValueSpan), m.Value, ProseText.At(p, m.Index, m.Length));

    /// <summary>
    /// The group "n" (the number) of a match. Every pattern here is compiled with ExplicitCapture, so its named
    /// groups are numbered from 1 in order; "n" is the last of them. Looking it up by number avoids a name table.
    /// </summary>
    private static Group N(Match m) => m.Groups[m.Groups.Count - 1];

    /// <summary>The first named group of a match ("mid", "col", "what").</summary>
    private static Group First(Match m) => m.Groups[1];

    /// <summary>Digits (and at most one decimal point) to a number; plain digit runs, the usual case, without a parser.</summary>
    private static decimal Number(ReadOnlySpan<char> digits)
    {
        if (digits.Length is > 0 and <= 18 && digits.IndexOf('.') < 0)
        {
            long n = 0;
            foreach (var c in digits)
            {
                n = (n * 10) + (c - '0');
            }

            return n;
        }

        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : 0;
    }

    [GeneratedRegex(@"(?<!未|没有|没|尚未)(?:收到|受理|新收|接收|接到|收悉)(?<mid>[^。；;，,！？!?\d\n]{0,40}?)(?:依申请公开|申请)(?:件)?(?:数量)?(?:共计|总计|合计|总数|共)?(?:为|是|达)?\s*[:：]?\s*(?<n>\d+)\s*(?:件|个|条|宗)", Options)]
    private static partial Regex ReceivedRegex();

    [GeneratedRegex(@"公开申请(?:数量)?(?:共计|总计|合计|总数为|共)\s*(?<n>\d+)\s*件", Options)]
    private static partial Regex VerblessReceivedRegex();

    [GeneratedRegex(@"(?:共|累计|全年)(?:办理|处理|答复)(?<mid>[^。；;，,！？!?\d\n]{0,30}?)(?:依申请公开|申请)(?:件)?(?:共计|共)?\s*(?<n>\d+)\s*件", Options)]
    private static partial Regex HandledRegex();

    [GeneratedRegex(@"(?<!未|尚未|没有|原|的)(?:办结|答复)(?<mid>[^。；;，,、！？!?\d\n]{0,30}?)\s*(?<n>\d+)\s*件", Options)]
    private static partial Regex ConcludedRegex();

    [GeneratedRegex(@"上一?年度?结转(?:的|至本年度?|到本年度?)?(?:政府信息公开|依申请公开)?(?:申请)?(?:件)?(?:数量)?(?:为|共)?\s*(?<n>\d+)\s*件", Options)]
    private static partial Regex CarriedOverRegex();

    [GeneratedRegex(@"结转(?:至|到)?下一?年度?(?:继续)?(?:办理|处理|答复)?(?:的)?(?:申请)?(?:件)?(?:数量)?(?:为|共)?\s*(?<n>\d+)\s*件", Options)]
    private static partial Regex CarriedForwardRegex();

    [GeneratedRegex(@"(?:顺延|结转)(?:至|到)下一?年度?", Options)]
    private static partial Regex CarriedForwardAnchorRegex();

    [GeneratedRegex(@"顺延(?:至|到)下一?年度?(?:答复|办理)?\s*(?<n>\d+)\s*件", Options)]
    private static partial Regex CarriedForwardAfterRegex();

    [GeneratedRegex(@"(?<col>自然人|商业企业|科研机构|社会公益组织|法律服务机构|法人或者?其他组织|法人和其他组织)(?:申请|提出(?:的)?(?:申请)?|提交(?:的)?(?:申请)?)?(?:为|共)?\s*(?<n>\d+)\s*件", Options)]
    private static partial Regex ApplicantRegex();

    [GeneratedRegex(@"(?:未|没有|没)(?:收到|受理|接到|接收|收悉)(?<mid>[^。；;，,！？!?\d\n]{0,30}?)(?:依申请公开|申请)|无依申请公开|(?:未|没有)(?:发生|产生)(?:过)?依申请公开|依申请公开(?:申请)?(?:数量)?(?:为|是)\s*(?:0|零)\s*件?", Options)]
    private static partial Regex NoApplicationsRegex();

    [GeneratedRegex(@"(?:未|没有|无)(?:发生|出现|产生|收到|有)?(?<mid>[^。；;，,！？!?\d\n]{0,20}?)(?:行政复议|行政诉讼|复议|诉讼)", Options)]
    private static partial Regex NoAppealsRegex();

    [GeneratedRegex(@"(?:均|全部|都|皆)(?:已)?(?:获|被|予以|获得|得到)?(?:维持|胜诉)", Options)]
    private static partial Regex AllUpheldRegex();

    [GeneratedRegex(@"(?<!未经)(?:行政)?复议(?:案件|申请)?(?:共|为)?\s*(?<n>\d+)\s*(?:件|起|宗|个)", Options)]
    private static partial Regex ReviewCountRegex();

    [GeneratedRegex(@"(?:行政)?诉讼(?:案件)?(?:共|为)?\s*(?<n>\d+)\s*(?:件|起|宗|个)", Options)]
    private static partial Regex SuitCountRegex();

    [GeneratedRegex(@"(?<what>(?:行政)?规范性文件|规章)\s*(?<n>\d+)\s*(?:件|个|份|部|篇)", Options)]
    private static partial Regex DocumentsRegex();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d+(?:\.\d+)?)\s*(?<u>人次|条|件|个|篇|项|次|份|期|场)", Options)]
    private static partial Regex PartRegex();

    /// <summary>The positions of numbers already claimed in a paragraph, so that no number is read twice.</summary>
    private ref struct UsedNumbers(Span<int> buffer)
    {
        private readonly Span<int> _buffer = buffer;
        private List<int>? _overflow;
        private int _count;

        public bool Add(int position)
        {
            for (var i = 0; i < Math.Min(_count, _buffer.Length); i++)
            {
                if (_buffer[i] == position)
                {
                    return false;
                }
            }

            if (_overflow is not null && _overflow.Contains(position))
            {
                return false;
            }

            if (_count < _buffer.Length)
            {
                _buffer[_count] = position;
            }
            else
            {
                (_overflow ??= []).Add(position);
            }

            _count++;
            return true;
        }
    }
}
