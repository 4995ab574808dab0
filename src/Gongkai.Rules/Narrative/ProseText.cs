using System.Buffers;
using Gongkai.Text;

namespace Gongkai.Rules.Narrative;

/// <summary>Sentences, clauses and places inside one paragraph of prose.</summary>
internal static class ProseText
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?\n");
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("。！？!?\n；;，,");

    public static int SentenceStart(string text, int pos) => text.AsSpan(0, pos).LastIndexOfAny(SentenceEnds) + 1;

    public static int SentenceEnd(string text, int pos)
    {
        var i = text.AsSpan(pos).IndexOfAny(SentenceEnds);
        return i < 0 ? text.Length : pos + i;
    }

    public static int ClauseStart(string text, int pos) => text.AsSpan(0, pos).LastIndexOfAny(ClauseEnds) + 1;

    public static int ClauseEnd(string text, int pos)
    {
        var i = text.AsSpan(pos).IndexOfAny(ClauseEnds);
        return i < 0 ? text.Length : pos + i;
    }

    public static bool Contains(ReadOnlySpan<char> text, string word) => text.IndexOf(word, StringComparison.Ordinal) >= 0;

    public static bool ContainsAny(ReadOnlySpan<char> text, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (text.IndexOf(w, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The place of <c>[offset, offset + length)</c> of a paragraph: its span in the source, and its line and column
    /// counted from the paragraph's own. <see cref="SourceRef.None"/> when the paragraph has no place.
    /// </summary>
    public static SourceRef At(in Sourced<string> paragraph, int offset, int length)
    {
        var where = paragraph.Where;
        if (where.IsNone)
        {
            return SourceRef.None;
        }

        var text = paragraph.Value.AsSpan(0, offset);
        var line = where.Line;
        var lastBreak = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lastBreak = i;
            }
        }

        var column = lastBreak < 0 ? where.Column + offset : offset - lastBreak;
        return new SourceRef(new TextSpan(where.Span.Start + offset, length), line, column, where.Anchor);
    }
}
