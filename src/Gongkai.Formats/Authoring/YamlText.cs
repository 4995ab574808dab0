using System.Globalization;
using System.Text;

namespace Gongkai.Formats.Authoring;

/// <summary>Scalars written so that any YAML reader reads back exactly the same string.</summary>
internal static class YamlText
{
    /// <summary>A double-quoted scalar with every character that needs it escaped.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                default:
                    if (NeedsEscape(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>
    /// True when <paramref name="lines"/> can be written as a literal block ("|-"), one per line, and read back the
    /// same: no line is empty, none starts or ends with whitespace, none holds a character YAML would change.
    /// </summary>
    public static bool FitsBlock(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return false;
        }

        foreach (var line in lines)
        {
            if (line.Length == 0 || char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1]))
            {
                return false;
            }

            foreach (var c in line)
            {
                if (c is '\n' or '\r' or '\t' || NeedsEscape(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Control characters, YAML's own line breaks (NEL, LS, PS) and the byte-order mark.</summary>
    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF';
}
