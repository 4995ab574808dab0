using System.CommandLine;
using System.Globalization;
using Gongkai.Calendar;
using Gongkai.Calendar.Data;
using Gongkai.Cases;
using Gongkai.Cases.Domain;
using Gongkai.Cases.Storage;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Commands;

/// <summary>
/// What the register commands share: the options (--db, --lang, --user, --calendar, --today), opening the register with
/// the calendar (re-dating open cases when the calendar data changed), and turning a refusal into a clear message.
/// </summary>
internal static class RegisterCli
{
    public const string DefaultDb = "gongkai.db";

    public static Option<string> Db { get; } = new("--db") { Description = $"登记簿：SQLite 文件路径，或 PostgreSQL 连接字符串（Host=…;Database=…）；默认为当前文件夹下的 {DefaultDb} / the register: a SQLite file, or a PostgreSQL connection string; default {DefaultDb} in the current folder", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GONGKAI_DB") ?? DefaultDb, Recursive = true };

    public static Option<string?> Lang { get; } = LanguageOptionRecursive();

    public static Option<string?> User { get; } = new("--user") { Description = "记录在历史中的操作人（默认为系统用户名）/ who is recorded in the history (default: the OS user)", Recursive = true };

    public static Option<string?> CalendarFile { get; } = new("--calendar") { Description = "使用更新的节假日数据文件（JSON，格式见 docs/calendar.md）/ use newer holiday data (JSON, see docs/calendar.md)", Recursive = true };

    public static Option<string?> Today { get; } = new("--today") { Description = "按此日期计算（YYYY-MM-DD，默认今天）/ compute as of this day (default: today)", Recursive = true };

    public static Option<string?> Correction { get; } = new("--correction") { Description = "更正已发布年度的数据时说明理由（将被记录）/ the reason, when correcting a published year (recorded)" };

    /// <summary>The reason of an explicit correction (<c>app|appeal|doc correct</c>): required, and recorded with it.</summary>
    public static Option<string> Reason { get; } = new("--reason") { Description = "更正理由（必填，将被记录）/ why (required, recorded)", Required = true };

    public static void AddGlobals(Command cmd)
    {
        cmd.Options.Add(Db);
        cmd.Options.Add(Lang);
        cmd.Options.Add(User);
        cmd.Options.Add(CalendarFile);
        cmd.Options.Add(Today);
    }

    /// <summary>Opens the register and runs <paramref name="body"/>; a refusal prints its message and gives exit code 2.</summary>
    public static int Run(ParseResult r, Func<Register, Language, int> body)
    {
        var lang = Ui.Resolve(r.GetValue(Lang));
        try
        {
            var (calendar, json) = LoadCalendar(r.GetValue(CalendarFile));
            var time = TimeFor(r.GetValue(Today), lang);
            using var store = RegisterStore.Open(r.GetValue(Db)!);
            var register = new Register(store, new ApplicationDeadlines(calendar, time), time, r.GetValue(User) ?? Environment.UserName);
            foreach (var d in register.SyncCalendar(json))
            {
                Console.Error.WriteLine(Ui.T(lang, $"日历数据已更新：申请 {d.Ref} 的答复期限由 {Iso(d.OldDue)} 改为 {Iso(d.NewDue)}（{d.OldCalendarVersion} → {d.NewCalendarVersion}）", $"calendar data updated: {d.Ref} is now due {Iso(d.NewDue)} instead of {Iso(d.OldDue)} ({d.OldCalendarVersion} → {d.NewCalendarVersion})"));
            }

            return body(register, lang);
        }
        catch (RegisterException e)
        {
            Console.Error.WriteLine("gongkai：" + e.In(lang) + (lang == Language.En ? string.Empty : " / " + e.En));
            return ExitCodes.Unreadable;
        }
        catch (InvalidHolidayDataException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Unreadable;
        }
        catch (HolidayDataFormatException e)
        {
            Console.Error.WriteLine(Ui.T(lang, "gongkai：节假日数据文件无法读取：", "gongkai: the holiday data cannot be read: ") + e.Message);
            return ExitCodes.Unreadable;
        }
    }

    public static DateOnly ParseDate(string? text, Language lang, string what)
    {
        if (text is null)
        {
            throw new RegisterException("CLI001", $"缺少{what}", $"{what} is missing");
        }

        string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d"];
        return DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new RegisterException("CLI002", $"{what}“{text}”不是有效日期，请写作 YYYY-MM-DD", $"{what} \"{text}\" is not a date: write YYYY-MM-DD");
    }

    public static string Iso(DateOnly? d) => d is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    /// <summary>The embedded calendar, or the file given, with its JSON text (kept in the register for re-dating).</summary>
    public static (WorkingDayCalendar, string) LoadCalendar(string? file)
    {
        if (file is null)
        {
            using var stream = typeof(HolidayCalendarSource).Assembly.GetManifestResourceStream(HolidayCalendarSource.EmbeddedResourceName)!;
            using var reader = new StreamReader(stream);
            return (WorkingDayCalendar.Default, reader.ReadToEnd());
        }

        if (!File.Exists(file))
        {
            throw new RegisterException("CLI003", $"找不到节假日数据文件：{file}", $"no such holiday data file: {file}");
        }

        var json = File.ReadAllText(file);
        return (WorkingDayCalendar.Create(HolidayCalendarSource.FromJson(json, file)), json);
    }

    private static TimeProvider TimeFor(string? today, Language lang) =>
        today is null ? TimeProvider.System : new FixedDay(ParseDate(today, lang, "--today"));

    private static Option<string?> LanguageOptionRecursive()
    {
        var o = GongkaiCommand.LanguageOption();
        o.Recursive = true;
        return o;
    }

    /// <summary>A clock standing at noon (China Standard Time) of a given day, for --today.</summary>
    private sealed class FixedDay(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
    }
}
