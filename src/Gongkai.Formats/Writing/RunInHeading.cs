using System.Text.RegularExpressions;

namespace Gongkai.Formats.Writing;

/// <summary>
/// The run-in heading at the start of a paragraph — "（一）主动公开。" before the text of the paragraph, or a short
/// paragraph that is only "（一）主动公开" — which official documents set in 楷体 while the rest stays 仿宋. Only the
/// typeface changes: the paragraph's text is the same, so reading it back is unaffected.
/// </summary>
public static partial class RunInHeading
{
    /// <summary>How many characters at the start of <paramref name="paragraph"/> form its run-in heading; 0 for none.</summary>
    public static int Length(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var m = Pattern().Match(paragraph);
        if (!m.Success)
        {
            return 0;
        }

        return m.Length == paragraph.Length || m.Groups["end"].Success ? m.Length : 0;
    }

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[）)]\s*[^。：:；;，,（(]{1,20}(?<end>[。：:])?")]
    private static partial Regex Pattern();
}
