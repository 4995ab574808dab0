using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Import;

/// <summary>
/// Reads a CSV file of applications, appeals, documents or yearly figures (which, is told by its header) and checks
/// every line, replaying each application through <see cref="ApplicationWorkflow"/> so an imported case obeys the same
/// rules as one entered by hand. Nothing is written here: the caller writes the records only when no line has an
/// error, so a file is imported whole or not at all. Files in UTF-8 (with or without BOM) or GB18030 (as saved by
/// Excel on Chinese Windows) are read.
/// </summary>
public sealed class CsvImporter(ApplicationWorkflow workflow)
{
    private readonly ApplicationWorkflow _workflow = workflow ?? throw new ArgumentNullException(nameof(workflow));

    /// <summary>Parses <paramref name="bytes"/>; <paramref name="existing"/> says whether a number is already in the register, <paramref name="rankBefore"/> how many applications an applicant already has in the register in a month before a day.</summary>
    public ImportResult Parse(byte[] bytes, Func<string, bool> existing, Func<string, DateOnly, int> rankBefore)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(rankBefore);
        var errors = new List<ImportError>();
        var rows = ReadRows(Decode(bytes), errors);
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(1, "文件中没有数据行", "the file has no data lines"));
        }

        var header = rows.Count > 0 ? rows[0].Header : [];
        bool Has(params string[] names) => names.Any(header.Contains);
        var result = Has("申请人", "applicant") ? ("applications", Applications(rows, errors, existing, rankBefore))
            : Has("案件编号", "appeal") ? ("appeals", (object)Appeals(rows, errors, existing))
            : Has("文号", "number") ? ("documents", Documents(rows))
            : Has("年度", "year") ? ("counts", Counts(rows))
            : ("unknown", (object?)null);
        if (result.Item1 == "unknown" && errors.Count == 0)
        {
            errors.Add(new ImportError(1, "无法识别文件类型：表头应含“申请人”（申请）、“案件编号”（复议诉讼）、“文号”（规章和规范性文件）或“年度”（年度数量）", "unknown file: the header must contain applicant, appeal, number or year"));
        }

        return new ImportResult(
            result.Item1,
            errors.Count > 0 ? [] : result.Item2 as List<Application> ?? [],
            errors.Count > 0 ? [] : result.Item2 as List<AppealCase> ?? [],
            errors.Count > 0 ? [] : result.Item2 as List<RegisterDocument> ?? [],
            errors.Count > 0 ? [] : result.Item2 as List<ProactiveCount> ?? [],
            errors);
    }

    private List<Application> Applications(List<(HashSet<string> Header, CsvRow Row)> rows, List<ImportError> errors, Func<string, bool> existing, Func<string, DateOnly, int> rankBefore)
    {
        var received = new List<(Application App, CsvRow Row)>(rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, r) in rows)
        {
            var before = errors.Count;
            var reference = r.Required("编号", "ref");
            var name = r.Required("申请人", "applicant");
            var typeText = r.Required("申请人类型", "type");
            var channelText = r.Required("提交方式", "channel");
            var receivedOn = r.RequiredDate("收到日期", "received_on");
            var request = r.Text("申请内容", "request") ?? string.Empty;
            if (typeText.Length > 0 && !RegisterLabels.TryApplicant(typeText, out _))
            {
                r.Error($"申请人类型“{typeText}”无效，应为：{RegisterLabels.ApplicantChoices}", $"unknown applicant type \"{typeText}\"");
            }

            if (channelText.Length > 0 && !RegisterLabels.TryChannel(channelText, out _))
            {
                r.Error($"提交方式“{channelText}”无效，应为：{RegisterLabels.ChannelChoices}", $"unknown channel \"{channelText}\"");
            }

            if (reference.Length > 0 && (!seen.Add(reference) || existing(reference)))
            {
                r.Error($"编号 {reference} 重复（文件中或登记簿中已有）", $"the number {reference} is a duplicate (in the file or the register)");
            }

            if (r.HasErrorsSince(before))
            {
                continue;
            }

            RegisterLabels.TryApplicant(typeText, out var type);
            RegisterLabels.TryChannel(channelText, out var channel);
            try
            {
                received.Add((_workflow.Receive(reference, name, type, channel, receivedOn, request, r.Text("申请人标识", "applicant_key")), r));
            }
            catch (RegisterException e)
            {
                r.Error(e.Zh, e.En);
            }
        }

        // 按件 fees go by the order of receipt in the applicant's month, whatever the order of the file's lines:
        // the register's applications before the day, then the file's, by day and number
        var ranks = new Dictionary<Application, int>(ReferenceEqualityComparer.Instance);
        foreach (var month in received.GroupBy(x => (x.App.ApplicantKey, x.App.ReceivedOn.Year, x.App.ReceivedOn.Month)))
        {
            var ordered = month.OrderBy(x => x.App.ReceivedOn).ThenBy(x => x.App.Ref, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                ranks[ordered[i].App] = rankBefore(ordered[i].App.ApplicantKey, ordered[i].App.ReceivedOn) + i + 1;
            }
        }

        var list = new List<Application>(received.Count);
        foreach (var (app, r) in received)
        {
            try
            {
                list.Add(CsvApplicationEvents.Replay(_workflow, app, r, ranks[app]));
            }
            catch (RegisterException e)
            {
                r.Error(e.Zh, e.En);
            }
        }

        return list;
    }

    private static List<AppealCase> Appeals(List<(HashSet<string> Header, CsvRow Row)> rows, List<ImportError> errors, Func<string, bool> existing) => CsvRecordParsers.Appeals(rows.Select(r => r.Row), errors, existing);

    private static List<RegisterDocument> Documents(List<(HashSet<string> Header, CsvRow Row)> rows) => CsvRecordParsers.Documents(rows.Select(r => r.Row));

    private static List<ProactiveCount> Counts(List<(HashSet<string> Header, CsvRow Row)> rows) => CsvRecordParsers.Counts(rows.Select(r => r.Row));

    private static List<(HashSet<string> Header, CsvRow Row)> ReadRows(string text, List<ImportError> errors)
    {
        var rows = new List<(HashSet<string> Header, CsvRow Row)>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false, TrimOptions = TrimOptions.Trim };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            return rows;
        }

        var names = csv.HeaderRecord.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var header = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < names.Length; i++)
            {
                fields[names[i]] = csv.TryGetField<string>(i, out var v) ? v ?? string.Empty : string.Empty;
            }

            if (fields.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add((header, new CsvRow(csv.Parser.RawRow, fields, errors)));
        }

        return rows;
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
