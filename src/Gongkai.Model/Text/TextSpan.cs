namespace Gongkai.Text;

/// <summary>
/// A half-open range <c>[Start, Start + Length)</c> of UTF-16 code units in a source text.
/// </summary>
/// <remarks>
/// Offsets are into the decoded text of the source (after the byte-order mark is removed). Readers normalise
/// full-width characters one for one, so offsets into the normalised text are offsets into the source text too.
/// </remarks>
public readonly record struct TextSpan
{
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public override string ToString() => $"[{Start},+{Length})";
}
