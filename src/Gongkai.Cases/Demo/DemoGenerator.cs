using System.Globalization;
using Gongkai.Calendar.Deadlines;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Demo;

/// <summary>
/// A realistic register for an invented body, for trying the program and for benchmarks. Deterministic by seed.
/// Applications follow the seasons (fewer around 春节 and 国庆), a national-looking applicant and outcome mix, some 补正
/// (a fifth never answered), consultations, extensions, a few heavy applicants whose 11th application of a month draws a
/// 按件 fee, some large requests charged 按量, withdrawals, replies mostly in time and a few late, and reconsiderations and
/// suits after adverse replies. Every case goes through <see cref="ApplicationWorkflow"/>, so the register is one a
/// person could have made; nothing dated after <see cref="DemoOptions.AsOf"/> happens.
/// </summary>
public sealed class DemoGenerator(ApplicationWorkflow workflow)
{
    private static readonly double[] MonthWeight = [0.95, 0.6, 1.1, 1.0, 1.0, 1.05, 1.0, 0.95, 1.0, 0.8, 1.05, 1.1];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平"];
    private static readonly string[] Topics = ["建设项目环境影响评价文件及批复", "排污许可证及执行报告", "某河段水质监测数据", "企业环境行政处罚决定书", "噪声投诉处理结果", "大气污染防治专项资金使用情况", "危险废物经营许可证信息", "环境信访办理情况", "辐射安全许可证", "土壤污染状况调查报告"];

    private readonly ApplicationWorkflow _workflow = workflow ?? throw new ArgumentNullException(nameof(workflow));

    public DemoData Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rng = new Random(options.Seed);
        var apps = new List<Application>(options.ApplicationsPerYear * (options.LastYear - options.FirstYear + 1));
        var appeals = new List<AppealCase>();
        var monthly = new Dictionary<(string, int, int), int>();
        string[] heavy = ["赵某甲", "钱某乙", "孙某丙"];
        for (var year = options.FirstYear; year <= options.LastYear; year++)
        {
            var dates = ReceiptDates(rng, year, options.ApplicationsPerYear, options.AsOf);
            for (var i = 0; i < dates.Count; i++)
            {
                var reference = year.ToString(CultureInfo.InvariantCulture) + "-" + (i + 1).ToString("D5", CultureInfo.InvariantCulture);
                var isHeavy = rng.NextDouble() < 0.03;
                var (name, type) = isHeavy ? (heavy[rng.Next(heavy.Length)], ApplicantType.NaturalPerson) : Applicant(rng);
                var key = (name, year, dates[i].Month);
                var rank = monthly[key] = monthly.GetValueOrDefault(key) + 1;
                var app = _workflow.Receive(reference, name, type, Channel(rng), dates[i], "申请公开" + Topics[rng.Next(Topics.Length)]);
                app = Handle(rng, app, rank, isHeavy, options.AsOf);
                apps.Add(app);
                if (Appeal(rng, app, appeals.Count, options.AsOf) is { } appeal)
                {
                    appeals.AddRange(appeal);
                }
            }
        }

        return new DemoData(options.Body, apps, appeals, Documents(rng, options), Counts(rng, options));
    }

    private Application Handle(Random rng, Application app, int rank, bool heavy, DateOnly asOf)
    {
        var cal = _workflow.Deadlines.Calendar;
        DateOnly Wd(DateOnly from, int n) => cal.AddWorkingDays(from, n).Date;
        bool Until(DateOnly d) => d <= asOf;
        var start = app.ReceivedOn;
        if (rng.NextDouble() < 0.06)
        {
            var asked = Wd(start, rng.Next(1, 7));
            if (!Until(asked))
            {
                return app;
            }

            app = _workflow.RequestCorrection(app, asked);
            if (rng.NextDouble() < 0.2)
            {
                var lapse = asked.AddDays(30);
                return Until(lapse) ? _workflow.LapseCorrection(app, lapse) : app;
            }

            start = Wd(asked, rng.Next(2, 15));
            if (!Until(start))
            {
                return app;
            }

            app = _workflow.ReceiveCorrection(app, start);
        }

        if (rng.NextDouble() < 0.02 && Until(Wd(start, 3)))
        {
            return _workflow.Withdraw(app, Wd(start, rng.Next(1, 4)));
        }

        if (rng.NextDouble() < 0.05)
        {
            var sent = Wd(start, rng.Next(2, 10));
            if (!Until(sent))
            {
                return app;
            }

            app = _workflow.StartConsultation(app, rng.NextDouble() < 0.7 ? ConsultationKind.ThirdParty : ConsultationKind.OtherAgency, rng.NextDouble() < 0.7 ? "相关企业" : "市自然资源和规划局", sent);
            var answered = Wd(sent, rng.Next(5, 16));
            if (!Until(answered))
            {
                return app;
            }

            app = _workflow.AnswerConsultation(app, answered);
        }

        if (rng.NextDouble() < 0.07)
        {
            var reply = _workflow.Deadlines.Compute(app).Statutory.ReplyDeadline!.Value;
            var on = Max(ApplicationWorkflow.LastEvent(app), Wd(start, 16));
            if (on <= reply && Until(on))
            {
                app = _workflow.Extend(app, on, rng.Next(5, 21), "办公室主任 周某");
            }
        }

        var volume = rng.NextDouble() < 0.01;
        if ((heavy && rank > FeeCalculator.FreePieces && rng.NextDouble() < 0.8) || volume)
        {
            var issued = Max(ApplicationWorkflow.LastEvent(app), Wd(start, 5));
            if (!Until(issued))
            {
                return app;
            }

            app = volume ? _workflow.IssueFeeNotice(app, FeeBasis.ByVolume, rng.Next(40, 320), issued) : _workflow.IssueFeeNotice(app, FeeBasis.ByPiece, rank, issued);
            if (rng.NextDouble() < 0.3)
            {
                var lapse = app.Fee!.PaymentDueOn.AddDays(1);
                return Until(lapse) ? _workflow.LapseFee(app, lapse) : app;
            }

            var paid = Wd(issued, rng.Next(1, 15));
            if (!Until(paid))
            {
                return app;
            }

            app = _workflow.RecordPayment(app, paid);
        }

        var due = app.DueOn ?? Wd(start, 20);
        var forgotten = rng.NextDouble() < 0.01;
        var late = rng.NextDouble() < 0.03;
        var target = late || forgotten ? Wd(due, rng.Next(1, 12)) : Wd(start, rng.Next(3, 20));
        if (forgotten && due > asOf.AddDays(-90))
        {
            return app;
        }

        var decided = Max(ApplicationWorkflow.LastEvent(app), target);
        if (!Until(decided))
        {
            return app;
        }

        return _workflow.Decide(app, Outcome(rng, app), decided);
    }

    private static Outcome Outcome(Random rng, Application app)
    {
        var x = rng.NextDouble();
        if (app.Correction?.CorrectedReceivedOn is not null && x < 0.15)
        {
            return Domain.Outcome.UnableStillUnclear;
        }

        return x switch
        {
            < 0.45 => Domain.Outcome.Granted,
            < 0.57 => Domain.Outcome.Partial,
            < 0.59 => Domain.Outcome.DeniedThirdPartyRights,
            < 0.61 => Domain.Outcome.DeniedProcessInformation,
            < 0.62 => Domain.Outcome.DeniedInternalAffairs,
            < 0.63 => Domain.Outcome.DeniedEnforcementFile,
            < 0.635 => Domain.Outcome.DeniedProhibitedByLaw,
            < 0.64 => Domain.Outcome.DeniedQueryMatter,
            < 0.82 => Domain.Outcome.UnableNotHeld,
            < 0.86 => Domain.Outcome.UnableWouldNeedMaking,
            < 0.89 => Domain.Outcome.NotProcessedPetition,
            < 0.91 => Domain.Outcome.NotProcessedRepeated,
            < 0.92 => Domain.Outcome.NotProcessedPublication,
            < 0.925 => Domain.Outcome.NotProcessedMassRepeated,
            < 0.94 => Domain.Outcome.NotProcessedConfirmReissue,
            _ => Domain.Outcome.OtherOther,
        };
    }

    private static AppealCase[]? Appeal(Random rng, Application app, int count, DateOnly asOf)
    {
        if (app.Outcome is not { } o || app.ClosedOn is not { } closed || o is Domain.Outcome.Granted || rng.NextDouble() > 0.04)
        {
            return null;
        }

        var filed = closed.AddDays(rng.Next(10, 60));
        if (filed > asOf)
        {
            return null;
        }

        AppealCase Decided(AppealCase a, DateOnly from)
        {
            var on = from.AddDays(rng.Next(40, 120));
            var r = rng.NextDouble() switch { < 0.7 => AppealResult.Upheld, < 0.85 => AppealResult.Corrected, _ => AppealResult.Other };
            return on <= asOf ? AppealWorkflow.Decide(a, r, on) : a;
        }

        var n = (count + 1).ToString("D4", CultureInfo.InvariantCulture);
        if (rng.NextDouble() < 0.15)
        {
            return [Decided(AppealWorkflow.File("诉" + filed.Year.ToString(CultureInfo.InvariantCulture) + "-" + n, app, AppealKind.SuitDirect, filed), filed)];
        }

        var review = Decided(AppealWorkflow.File("复" + filed.Year.ToString(CultureInfo.InvariantCulture) + "-" + n, app, AppealKind.Reconsideration, filed), filed);
        if (review.Result is AppealResult.Upheld && review.DecidedOn is { } d && rng.NextDouble() < 0.3 && d.AddDays(15) <= asOf)
        {
            var suit = AppealWorkflow.File("诉" + d.Year.ToString(CultureInfo.InvariantCulture) + "-" + n, app, AppealKind.SuitAfterReconsideration, d.AddDays(15), review.Ref);
            return [review, Decided(suit, d.AddDays(15))];
        }

        return [review];
    }

    private static List<DateOnly> ReceiptDates(Random rng, int year, int n, DateOnly asOf)
    {
        var total = MonthWeight.Sum();
        var list = new List<DateOnly>(n);
        for (var m = 1; m <= 12; m++)
        {
            var k = (int)Math.Round(n * MonthWeight[m - 1] / total);
            var days = DateTime.DaysInMonth(year, m);
            for (var i = 0; i < k; i++)
            {
                var d = new DateOnly(year, m, rng.Next(1, days + 1));
                if (d <= asOf)
                {
                    list.Add(d);
                }
            }
        }

        list.Sort();
        return list;
    }

    private static (string, ApplicantType) Applicant(Random rng)
    {
        var x = rng.NextDouble();
        var person = Surnames[rng.Next(Surnames.Length)] + Given[rng.Next(Given.Length)];
        return x switch
        {
            < 0.72 => (person, ApplicantType.NaturalPerson),
            < 0.86 => ("青禾" + Surnames[rng.Next(Surnames.Length)] + "氏实业有限公司", ApplicantType.Commercial),
            < 0.88 => ("青禾环境科学研究院", ApplicantType.Research),
            < 0.90 => ("青禾绿色家园志愿者协会", ApplicantType.SocialWelfare),
            < 0.96 => (Surnames[rng.Next(Surnames.Length)] + "正律师事务所", ApplicantType.LegalService),
            _ => ("青禾" + Given[rng.Next(Given.Length)] + "村村民委员会", ApplicantType.OtherOrg),
        };
    }

    private static ReceiptChannel Channel(Random rng) => rng.NextDouble() switch
    {
        < 0.55 => ReceiptChannel.Online,
        < 0.75 => ReceiptChannel.RegisteredPost,
        < 0.90 => ReceiptChannel.InPerson,
        < 0.95 => ReceiptChannel.OrdinaryPost,
        _ => ReceiptChannel.Fax,
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static List<RegisterDocument> Documents(Random rng, DemoOptions o) => DemoRegisters.Documents(rng, o);

    private static List<ProactiveCount> Counts(Random rng, DemoOptions o) => DemoRegisters.Counts(rng, o);
}
