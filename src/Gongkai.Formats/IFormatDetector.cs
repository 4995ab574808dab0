namespace Gongkai.Formats;

/// <summary>Recognises a format from the first bytes of a document, never from its file name.</summary>
public interface IFormatDetector
{
    /// <summary>How many leading bytes it needs to look at.</summary>
    int HeaderSize { get; }

    /// <summary>0 when the bytes are not this format; higher is surer (magic numbers 100, markup 60, plain text 10).</summary>
    int Confidence(ReadOnlySpan<byte> header);
}
