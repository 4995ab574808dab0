using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Formats;

/// <summary>Whether a writer wrote the document, and what it has to say (an error means nothing usable was written).</summary>
public sealed record WriteResult(bool Written, ImmutableArray<Diagnostic> Diagnostics)
{
    public static WriteResult Ok { get; } = new(true, []);

    public static WriteResult Failed(Diagnostic diagnostic) => new(false, [diagnostic]);
}
