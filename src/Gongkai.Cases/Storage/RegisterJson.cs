using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Calendar.Deadlines;

namespace Gongkai.Cases.Storage;

/// <summary>JSON for the history's before/after snapshots and for an application's consultations column.</summary>
internal static class RegisterJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Snapshot<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string? Consultations(ImmutableArray<Consultation> list) =>
        list.IsDefaultOrEmpty ? null : JsonSerializer.Serialize(list.Select(c => new ConsultationRow(c.Kind, c.SentOn, c.AnsweredOn, c.Party)).ToArray(), Options);

    public static ImmutableArray<Consultation> Consultations(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        var rows = JsonSerializer.Deserialize<ConsultationRow[]>(json, Options) ?? [];
        return [.. rows.Select(r => new Consultation(r.Kind, r.Sent, r.Answered) { Party = r.Party })];
    }

    private sealed record ConsultationRow(ConsultationKind Kind, DateOnly Sent, DateOnly? Answered, string? Party);
}
