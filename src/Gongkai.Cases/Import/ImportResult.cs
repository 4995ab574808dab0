using Gongkai.Cases.Domain;

namespace Gongkai.Cases.Import;

/// <summary>A parsed CSV file: the records, or the errors of every bad line (then nothing is written).</summary>
public sealed record ImportResult(string Kind, IReadOnlyList<Application> Applications, IReadOnlyList<AppealCase> Appeals, IReadOnlyList<RegisterDocument> Documents, IReadOnlyList<ProactiveCount> Counts, IReadOnlyList<ImportError> Errors)
{
    public bool Ok => Errors.Count == 0;

    public int RecordCount => Applications.Count + Appeals.Count + Documents.Count + Counts.Count;
}
