using Xunit;

namespace Gongkai.Tests;

/// <summary>
/// Compares output with a reviewed golden file. With UPDATE_GOLDEN=1 the file is rewritten instead; review the diff
/// before committing it.
/// </summary>
internal static class Golden
{
    public static void Verify(string goldenPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (TestPaths.UpdateGolden)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"golden file missing: {goldenPath} (run the tests with UPDATE_GOLDEN=1 and review it)");
        var expected = File.ReadAllText(goldenPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
        {
            return;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        Assert.Fail($"{Path.GetFileName(goldenPath)} differs at line {i + 1}:\n  expected: {(i < e.Length ? e[i] : "<end>")}\n  actual:   {(i < a.Length ? a[i] : "<end>")}\n(UPDATE_GOLDEN=1 rewrites it; review the diff)");
    }
}
