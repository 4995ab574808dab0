using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Text;
using M = Gongkai.Calendar.CalendarMessages;

namespace Gongkai.Calendar.Data;

/// <summary>
/// Checks a data set for the mistakes seen in other holiday data sets: a weekend listed as a day off, a make-up day on
/// a weekday, a range that disagrees with its list, a date both off and working, a date in two periods, an amendment
/// that is not recorded, a hash that no longer matches. Errors make the data unusable; warnings ask for a look.
/// </summary>
/// <remarks>
/// Cross-period checks run twice: on the final arrangement and on the arrangement before any amendment, since a
/// calendar "as of" an earlier day uses the latter.
/// </remarks>
internal static class HolidayDataValidator
{
    public static ImmutableArray<Diagnostic> Validate(HolidayDataSet data)
    {
        var found = ImmutableArray.CreateBuilder<Diagnostic>();
        void Add(string id, params MessageArg[] args) => found.Add(Diagnostic.Create(id, Severity.Error, id, SourceRef.None, args));
        void Warn(string id, params MessageArg[] args) => found.Add(Diagnostic.Create(id, Severity.Warning, id, SourceRef.None, args));

        if (data.Format != HolidayDataSet.CurrentFormat)
        {
            Add(M.DataFormat, MessageArg.Of("format", data.Format), MessageArg.Of("expected", HolidayDataSet.CurrentFormat));
        }

        if (string.IsNullOrWhiteSpace(data.Version))
        {
            Add(M.DataVersion);
        }

        if (data.AsOfDate is null)
        {
            var computed = data.ComputeContentHash();
            if (!string.Equals(computed, data.DeclaredContentHash, StringComparison.Ordinal))
            {
                Add(M.DataHash, MessageArg.Of("declared", data.DeclaredContentHash), MessageArg.Of("computed", computed));
            }
        }

        var seenYears = new HashSet<int>();
        foreach (var y in data.Years)
        {
            var year = MessageArg.Of("year", y.Year);
            if (!seenYears.Add(y.Year))
            {
                Add(M.DuplicateYear, year);
            }

            CheckNotice(y, y.Notice, isAmendment: false, Add);
            foreach (var a in y.Amendments)
            {
                CheckNotice(y, a, isAmendment: true, Add);
            }

            foreach (var p in y.Periods)
            {
                var where = Where(y, p);
                if (string.IsNullOrWhiteSpace(p.Name) || string.IsNullOrWhiteSpace(p.NameEn))
                {
                    Add(M.EmptyField, where, MessageArg.Of("field", "name/nameEn"));
                }

                CheckArrangement(y, p.Arrangement, where, Add, Warn);
                if (p.Original is not null)
                {
                    CheckArrangement(y, p.Original, where, Add, Warn);
                    if (p.AmendedBy is null)
                    {
                        Add(M.OriginalWithoutAmendment, where);
                    }
                }

                if (p.AmendedBy is not null && y.FindAmendment(p.AmendedBy) is null)
                {
                    Add(M.UnknownAmendment, where, MessageArg.Of("notice", p.AmendedBy));
                }
            }
        }

        CheckAcrossPeriods(data, original: false, Add);
        CheckAcrossPeriods(data, original: true, Add);

        // The final and the original arrangement share most periods, so the same finding can come twice.
        return [.. found.DistinctBy(d => d.Id + "|" + string.Join("|", d.Args.Select(a => a.Name + "=" + a.Zh)))];
    }

    private static MessageArg Where(HolidayYear y, HolidayPeriod p) =>
        new("where", $"{DateText.Int(y.Year)} {p.Name}", $"{DateText.Int(y.Year)} {p.NameEn}");

    private static void CheckNotice(HolidayYear y, StateCouncilNotice n, bool isAmendment, Action<string, MessageArg[]> add)
    {
        var year = MessageArg.Of("year", y.Year);
        var notice = MessageArg.Of("notice", n.Number);
        if (string.IsNullOrWhiteSpace(n.Number) || string.IsNullOrWhiteSpace(n.Title))
        {
            add(M.EmptyField, [new("where", DateText.Int(y.Year)), MessageArg.Of("field", "notice number/title")]);
        }

        if (n.Signed > n.Published)
        {
            add(M.NoticeDates, [notice, DateText.DateArg("signed", n.Signed), DateText.DateArg("published", n.Published)]);
        }

        if (!isAmendment && n.Published > new DateOnly(y.Year, 12, 31))
        {
            add(M.NoticeAfterYear, [year, notice, DateText.DateArg("published", n.Published)]);
        }

        if (isAmendment && n.Published < y.Notice.Published)
        {
            add(M.AmendmentBeforeNotice, [year, notice, DateText.DateArg("published", n.Published)]);
        }
    }

    private static void CheckArrangement(HolidayYear y, PeriodArrangement a, MessageArg where, Action<string, MessageArg[]> add, Action<string, MessageArg[]> warn)
    {
        var from = DateText.DateArg("from", a.From);
        var to = DateText.DateArg("to", a.To);
        if (a.From > a.To)
        {
            add(M.RangeInverted, [where, from, to]);
            return;
        }

        var earliest = new DateOnly(y.Year - 1, 12, 1);
        var latest = new DateOnly(y.Year + 1, 1, 31);
        foreach (var d in a.Off.Concat(a.Work).Append(a.From).Append(a.To).Distinct())
        {
            if (d < earliest || d > latest)
            {
                add(M.OutsideYear, [where, DateText.DateArg("date", d), MessageArg.Of("year", y.Year)]);
            }
        }

        var off = new HashSet<DateOnly>();
        foreach (var d in a.Off)
        {
            var date = DateText.DateArg("date", d);
            if (!off.Add(d))
            {
                add(M.ListedTwice, [date, where]);
            }

            if (DateText.IsWeekend(d))
            {
                add(M.OffNotWeekday, [where, date, DateText.WeekdayArg(d)]);
            }

            if (!a.Covers(d))
            {
                add(M.OffOutsideRange, [where, date, from, to]);
            }
        }

        for (var d = a.From; d <= a.To; d = d.AddDays(1))
        {
            if (!DateText.IsWeekend(d) && !off.Contains(d))
            {
                add(M.OffMissingInRange, [where, DateText.DateArg("date", d), DateText.WeekdayArg(d), from, to]);
            }
        }

        var work = new HashSet<DateOnly>();
        foreach (var d in a.Work)
        {
            var date = DateText.DateArg("date", d);
            if (!work.Add(d))
            {
                add(M.ListedTwice, [date, where]);
            }

            if (!DateText.IsWeekend(d))
            {
                add(M.WorkNotWeekend, [where, date, DateText.WeekdayArg(d)]);
            }

            if (off.Contains(d))
            {
                add(M.OffAndWork, [date, where]);
            }
            else if (a.Covers(d))
            {
                add(M.WorkInsideRange, [where, date, from, to]);
            }

            var distance = d < a.From ? a.From.DayNumber - d.DayNumber : d.DayNumber - a.To.DayNumber;
            if (distance > 31)
            {
                warn(M.WorkFarFromPeriod, [where, date]);
            }
        }
    }

    /// <summary>No date may belong to two periods, or be off in one and working in another, across all years.</summary>
    private static void CheckAcrossPeriods(HolidayDataSet data, bool original, Action<string, MessageArg[]> add)
    {
        var owner = new Dictionary<DateOnly, (string Where, bool Off)>();
        foreach (var y in data.Years)
        {
            foreach (var p in y.Periods)
            {
                var a = original ? p.Original ?? (p.IsAddedByAmendment ? null : p.Arrangement) : p.Arrangement;
                if (a is null)
                {
                    continue;
                }

                var where = $"{DateText.Int(y.Year)} {p.Name}";
                foreach (var (d, isOff) in a.Off.Select(d => (d, true)).Concat(a.Work.Select(d => (d, false))))
                {
                    if (owner.TryGetValue(d, out var prior))
                    {
                        if (prior.Where == where)
                        {
                            continue; // reported by CheckArrangement
                        }

                        var id = prior.Off != isOff ? M.OffAndWork : M.ListedTwice;
                        add(id, [DateText.DateArg("date", d), MessageArg.Of("where", $"{prior.Where} / {where}")]);
                    }
                    else
                    {
                        owner[d] = (where, isOff);
                    }
                }
            }
        }
    }
}
