namespace Gongkai.Cases.Domain;

/// <summary>
/// The information-processing fee of 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), as pure functions. Both bases
/// are excess-progressive (超额累进); an application is charged on one basis only.
/// </summary>
/// <remarks>
/// <para>按件 (第四条), per applicant per calendar month: the 1st–10th application free; the 11th–30th 100 yuan each; from
/// the 31st, each further band of 10 adds 100 yuan a piece (31st–40th 200, 41st–50th 300, …).</para>
/// <para>按量 (第五条), per application: up to 30 pages free; pages 31–100 at 10 yuan; 101–200 at 20 yuan; from 201 at 40
/// yuan.</para>
/// </remarks>
public static class FeeCalculator
{
    /// <summary>Applications per applicant per month that are free (第四条).</summary>
    public const int FreePieces = 10;

    /// <summary>Pages per application that are free (第五条).</summary>
    public const int FreePages = 30;

    /// <summary>The fee for the <paramref name="rank"/>-th application (1-based) of one applicant in one calendar month.</summary>
    public static decimal ByPiece(int rank)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        if (rank <= FreePieces)
        {
            return 0m;
        }

        if (rank <= 30)
        {
            return 100m;
        }

        // 31–40 → band 1 → 200; 41–50 → band 2 → 300
        var band = ((rank - 31) / 10) + 1;
        return 100m + (100m * band);
    }

    /// <summary>What one applicant's first <paramref name="applications"/> applications of a month cost together.</summary>
    public static decimal ByPieceTotal(int applications)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(applications);
        var total = 0m;
        for (var k = 1; k <= applications; k++)
        {
            total += ByPiece(k);
        }

        return total;
    }

    /// <summary>The fee for one application of <paramref name="pages"/> pages.</summary>
    public static decimal ByVolume(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        var fee = 0m;
        fee += 10m * Band(pages, 30, 100);
        fee += 20m * Band(pages, 100, 200);
        fee += 40m * Math.Max(0, pages - 200);
        return fee;
    }

    /// <summary>The fee on <paramref name="basis"/> for <paramref name="quantity"/> (rank for 按件, pages for 按量).</summary>
    public static decimal Compute(FeeBasis basis, int quantity) => basis switch
    {
        FeeBasis.ByPiece => ByPiece(quantity),
        FeeBasis.ByVolume => ByVolume(quantity),
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "unknown fee basis"),
    };

    private static int Band(int pages, int above, int upTo) => Math.Max(0, Math.Min(pages, upTo) - above);
}
