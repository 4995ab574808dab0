using System.Text;

namespace Gongkai.Formats.Html;

/// <summary>Text made safe inside HTML elements and attribute values.</summary>
internal static class HtmlWriterEncoding
{
    public static StringBuilder AppendEncoded(this StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                _ => sb.Append(c),
            };
        }

        return sb;
    }
}
