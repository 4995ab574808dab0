namespace Gongkai.Formats.Decoding;

/// <summary>Bytes decoded to text: which encoding was used and how many bytes could not be decoded.</summary>
internal sealed record DecodedText(string Text, string Encoding, bool WasUtf8, int InvalidSequences);
