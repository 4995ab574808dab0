using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai;

/// <summary>
/// What a reader returns: a value (null when nothing could be read) and what it noticed. Readers never throw on
/// content.
/// </summary>
public sealed record ReadResult<T>(T? Value, ImmutableArray<Diagnostic> Diagnostics)
    where T : class
{
    public bool HasValue => Value is not null;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public static ReadResult<T> Failure(Diagnostic diagnostic) => new(null, [diagnostic]);
}
