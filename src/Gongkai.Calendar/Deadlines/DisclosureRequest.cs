using System.Collections.Immutable;

namespace Gongkai.Calendar.Deadlines;

/// <summary>What the deadline of one application depends on.</summary>
/// <param name="Receipt">When and how it was received.</param>
public sealed record DisclosureRequest(ApplicationReceipt Receipt)
{
    /// <summary>A 补正 request, if any.</summary>
    public CorrectionRequest? Correction { get; init; }

    /// <summary>Consultations of third parties or other agencies; they may overlap (a day is excluded once).</summary>
    public ImmutableArray<Consultation> Consultations { get; init; } = [];

    /// <summary>An extension, if any.</summary>
    public DeadlineExtension? Extension { get; init; }

    /// <summary>A request received on <paramref name="date"/> through <paramref name="channel"/>, nothing else.</summary>
    public static DisclosureRequest ReceivedOn(DateOnly date, ReceiptChannel channel = ReceiptChannel.InPerson) =>
        new(new ApplicationReceipt(channel, date));
}
