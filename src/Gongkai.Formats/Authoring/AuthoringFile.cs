using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// The authoring file, a YAML document a person can write and review (see docs/authoring.md): reading one into a
/// model, saving any model as one, and the blank file <c>gongkai new</c> starts from.
/// </summary>
public static class AuthoringFile
{
    /// <summary>Reads YAML text; problems are diagnostics with line and column, in Chinese and English.</summary>
    public static ReadResult<ReportModel> Read(string yaml, string name = "report.yaml", ReaderOptions? options = null) =>
        AuthoringReader.Instance.ReadText(name, yaml, options);

    /// <summary>The model as an authoring file. Totals are left to be derived when they agree with their parts, and kept as read otherwise.</summary>
    public static string Write(ReportModel model) => AuthoringWriter.Instance.WriteText(model);

    /// <summary>A complete blank file: every cell 0, the preamble and prompts in each section.</summary>
    /// <param name="edition">The format edition; by default the one for <paramref name="year"/> (2019 and 2020: the trial format).</param>
    public static string New(int year, string body, ReportEdition? edition = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1990);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        return Write(AuthoringTemplate.Model(year, body, edition ?? ReportSchema.ExpectedEditionFor(year)));
    }
}
