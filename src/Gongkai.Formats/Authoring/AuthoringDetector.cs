using System.Text;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// Recognises an authoring file by its version line "gongkai: 1" at the start of a line near the top, so that any
/// other YAML or text is left to the other formats.
/// </summary>
public sealed class AuthoringDetector : IFormatDetector
{
    public static AuthoringDetector Instance { get; } = new();

    public int HeaderSize => 4096;

    public int Confidence(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("\uFEFF"u8))
        {
            header = header[3..];
        }

        ReadOnlySpan<byte> key = "gongkai:"u8;
        var start = 0;
        while (start < header.Length)
        {
            var end = header[start..].IndexOf((byte)'\n');
            var line = end < 0 ? header[start..] : header.Slice(start, end);
            if (line.StartsWith(key))
            {
                var rest = Encoding.ASCII.GetString(line[key.Length..]).Trim();
                return rest.Length > 0 && char.IsAsciiDigit(rest[0]) ? 60 : 0;
            }

            if (end < 0)
            {
                break;
            }

            start += end + 1;
        }

        return 0;
    }
}
