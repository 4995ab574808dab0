using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gongkai.Calendar.Data;

/// <summary>
/// Reads the JSON data format (docs/calendar.md) into a <see cref="HolidayDataSet"/>. Strict about shape: unknown
/// fields are rejected, so a misspelt "ammendedBy" fails loudly instead of silently dropping an amendment.
/// </summary>
internal static class HolidayDataReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    public static HolidayDataSet Read(ReadOnlySpan<byte> utf8Json)
    {
        FileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<FileDto>(utf8Json, Options);
        }
        catch (JsonException e)
        {
            throw new HolidayDataFormatException($"日历数据无法读取 / calendar data cannot be read: {e.Message}", e);
        }

        if (dto is null)
        {
            throw new HolidayDataFormatException("日历数据为空 / calendar data is empty (null)");
        }

        return new HolidayDataSet(
            dto.Format,
            dto.Version,
            dto.ContentHash,
            dto.Jurisdiction,
            dto.Description ?? string.Empty,
            [.. dto.Years.Select(ToYear)]);
    }

    private static HolidayYear ToYear(YearDto y) => new(
        y.Year,
        ToNotice(y.Notice),
        [.. (y.Amendments ?? []).Select(ToNotice)],
        [.. y.Periods.Select(ToPeriod)],
        [.. y.Notes ?? []]);

    private static StateCouncilNotice ToNotice(NoticeDto n) => new(n.Number, n.Title, n.Signed, n.Published, n.Url);

    private static HolidayPeriod ToPeriod(PeriodDto p) =>
        new(p.Name, p.NameEn, new PeriodArrangement(p.From, p.To, [.. p.Off], [.. p.Work]))
        {
            AmendedBy = p.AmendedBy,
            Original = p.Original is { } o ? new PeriodArrangement(o.From, o.To, [.. o.Off], [.. o.Work]) : null,
        };

    private sealed class FileDto
    {
        public required string Format { get; init; }

        public required string Version { get; init; }

        public required string ContentHash { get; init; }

        public required string Jurisdiction { get; init; }

        public string? Description { get; init; }

        public required List<YearDto> Years { get; init; }
    }

    private sealed class YearDto
    {
        public required int Year { get; init; }

        public required NoticeDto Notice { get; init; }

        public List<NoticeDto>? Amendments { get; init; }

        public required List<PeriodDto> Periods { get; init; }

        public List<string>? Notes { get; init; }
    }

    private sealed class NoticeDto
    {
        public required string Number { get; init; }

        public required string Title { get; init; }

        public required DateOnly Signed { get; init; }

        public required DateOnly Published { get; init; }

        public string? Url { get; init; }
    }

    private sealed class PeriodDto
    {
        public required string Name { get; init; }

        public required string NameEn { get; init; }

        public required DateOnly From { get; init; }

        public required DateOnly To { get; init; }

        public required List<DateOnly> Off { get; init; }

        public required List<DateOnly> Work { get; init; }

        public string? AmendedBy { get; init; }

        public ArrangementDto? Original { get; init; }
    }

    private sealed class ArrangementDto
    {
        public required DateOnly From { get; init; }

        public required DateOnly To { get; init; }

        public required List<DateOnly> Off { get; init; }

        public required List<DateOnly> Work { get; init; }
    }
}
