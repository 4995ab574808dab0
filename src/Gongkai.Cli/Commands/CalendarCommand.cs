using System.CommandLine;
using Gongkai.Calendar.Deadlines;
using Gongkai.Calendar.Rendering;

namespace Gongkai.Cli.Commands;

/// <summary>
/// `gongkai calendar [--month 2025-10]`: a month of the working-day calendar; `--explain REF` explains an
/// application's deadline day by day; `--received DATE` explains the deadline of a request received that day.
/// </summary>
internal static class CalendarCommand
{
    public static Command Create()
    {
        var month = new Option<string?>("--month") { Description = "月份，如 2025-10（默认本月）/ a month, e.g. 2025-10 (default: this month)" };
        var explain = new Option<string?>("--explain") { Description = "逐日说明一件申请的答复期限（申请编号）/ explain an application's deadline day by day" };
        var received = new Option<string?>("--received") { Description = "逐日说明某日收到的申请的答复期限（YYYY-MM-DD）/ explain the deadline of a request received that day" };
        var cmd = new Command("calendar", "工作日日历（含调休）与答复期限的逐日说明 / the working-day calendar (with make-up days) and deadline explanations") { month, explain, received };
        RegisterCli.AddGlobals(cmd);
        cmd.SetAction(r =>
        {
            var lang = Ui.Resolve(r.GetValue(RegisterCli.Lang));
            if (r.GetValue(explain) is { } reference)
            {
                return RegisterCli.Run(r, (reg, l) =>
                {
                    var app = reg.Get(reference);
                    Console.Out.WriteLine(AppCommand.Line(app, l));
                    Console.Out.Write(DeadlineTextRenderer.Render(reg.Deadlines.Compute(app).Statutory, l));
                    return ExitCodes.Clean;
                });
            }

            try
            {
                var (calendar, _) = RegisterCli.LoadCalendar(r.GetValue(RegisterCli.CalendarFile));
                if (r.GetValue(received) is { } day)
                {
                    var calc = new DisclosureDeadlineCalculator(calendar, TimeProvider.System);
                    Console.Out.Write(DeadlineTextRenderer.Render(calc.Compute(DisclosureRequest.ReceivedOn(RegisterCli.ParseDate(day, lang, "--received"))), lang));
                    return ExitCodes.Clean;
                }

                var (y, m) = Month(r.GetValue(month), r.GetValue(RegisterCli.Today), lang);
                Console.Out.Write(CalendarTextRenderer.RenderMonth(calendar, y, m, lang));
                return ExitCodes.Clean;
            }
            catch (Cases.Domain.RegisterException e)
            {
                Console.Error.WriteLine("gongkai：" + e.In(lang));
                return ExitCodes.Unreadable;
            }
        });
        return cmd;
    }

    private static (int, int) Month(string? text, string? today, Diagnostics.Language lang)
    {
        if (text is null)
        {
            var d = today is null ? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) : RegisterCli.ParseDate(today, lang, "--today");
            return (d.Year, d.Month);
        }

        var parts = text.Split('-', '/', '.');
        if (parts.Length == 2 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var y) && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var m) && y is >= 1900 and <= 9998 && m is >= 1 and <= 12)
        {
            return (y, m);
        }

        throw new Cases.Domain.RegisterException("CLI050", $"月份“{text}”无效，请写作 YYYY-MM", $"invalid month \"{text}\": write YYYY-MM");
    }
}
