using Gongkai.Cases.Domain;
using static Gongkai.Cases.Tests.TestSupport;

namespace Gongkai.Cases.Tests;

/// <summary>国办函〔2020〕109号: 按件 and 按量, excess-progressive, never both.</summary>
public sealed class FeeCalculatorTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    public void ByPiece_Bands(int rank, int yuan) => Assert.Equal(yuan, FeeCalculator.ByPiece(rank));

    [Theory]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 2000)]
    [InlineData(31, 2200)]
    [InlineData(40, 4000)]
    [InlineData(41, 4300)]
    public void ByPieceTotal_IsExcessProgressive(int applications, int yuan) => Assert.Equal(yuan, FeeCalculator.ByPieceTotal(applications));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(300, 6700)]
    public void ByVolume_Bands(int pages, int yuan) => Assert.Equal(yuan, FeeCalculator.ByVolume(pages));

    [Fact]
    public void ByPiece_RankBelowOne_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => FeeCalculator.ByPiece(0));

    [Fact]
    public void FeeNotice_SecondOnOtherBasis_RefusedNeverBoth()
    {
        var w = Workflow();
        var app = w.Receive("2025-00001", "赵某", ApplicantType.NaturalPerson, Calendar.Deadlines.ReceiptChannel.Online, D("2025-03-03"), "x");
        app = w.IssueFeeNotice(app, FeeBasis.ByVolume, 120, D("2025-03-05"));
        Assert.Equal(1100m, app.Fee!.AmountYuan);
        app = w.RecordPayment(app, D("2025-03-07"));
        var e = Assert.Throws<RegisterException>(() => w.IssueFeeNotice(app, FeeBasis.ByPiece, 15, D("2025-03-10")));
        Assert.Equal("REG040", e.Code);
        Assert.Contains("不能按件与按量同时收取", e.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void FeeNotice_FreeQuantity_Refused()
    {
        var w = Workflow();
        var app = w.Receive("2025-00001", "赵某", ApplicantType.NaturalPerson, Calendar.Deadlines.ReceiptChannel.Online, D("2025-03-03"), "x");
        Assert.Equal("REG042", Assert.Throws<RegisterException>(() => w.IssueFeeNotice(app, FeeBasis.ByPiece, 10, D("2025-03-05"))).Code);
        Assert.Equal("REG042", Assert.Throws<RegisterException>(() => w.IssueFeeNotice(app, FeeBasis.ByVolume, 30, D("2025-03-05"))).Code);
    }

    [Fact]
    public void FeePause_PaymentDaysLeftOutOfClock()
    {
        var w = Workflow();
        var app = w.Receive("2025-00001", "赵某", ApplicantType.NaturalPerson, Calendar.Deadlines.ReceiptChannel.InPerson, D("2025-03-03"), "x");
        var due = app.DueOn!.Value;
        app = w.IssueFeeNotice(app, FeeBasis.ByVolume, 50, D("2025-03-05"));
        Assert.Null(app.DueOn);
        app = w.RecordPayment(app, D("2025-03-12"));
        Assert.Equal(w.Deadlines.Calendar.AddWorkingDays(due, 5).Date, app.DueOn);
    }

    [Fact]
    public void FeeLapse_BeforePaymentDue_Refused_AfterIt_ClosesAsOther2()
    {
        var w = Workflow();
        var app = w.Receive("2025-00001", "赵某", ApplicantType.NaturalPerson, Calendar.Deadlines.ReceiptChannel.InPerson, D("2025-03-03"), "x");
        app = w.IssueFeeNotice(app, FeeBasis.ByVolume, 50, D("2025-03-05"));
        Assert.Equal("REG043", Assert.Throws<RegisterException>(() => w.LapseFee(app, app.Fee!.PaymentDueOn)).Code);
        var closed = w.LapseFee(app, app.Fee!.PaymentDueOn.AddDays(1));
        Assert.Equal(Outcome.OtherFeeNotPaid, closed.Outcome);
    }
}
