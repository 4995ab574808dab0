namespace Gongkai.Cases.Import;

/// <summary>What is wrong with one line of a CSV file (1-based line number of the file, header = line 1).</summary>
public sealed record ImportError(int Line, string Zh, string En)
{
    public string In(Diagnostics.Language language) => language == Diagnostics.Language.En ? $"line {Line}: {En}" : $"第 {Line} 行：{Zh}";
}
