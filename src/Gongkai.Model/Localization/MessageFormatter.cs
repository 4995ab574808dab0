using System.Text;
using Gongkai.Diagnostics;

namespace Gongkai.Localization;

/// <summary>Fills a template's named placeholders ("{name}") from a diagnostic's arguments.</summary>
public static class MessageFormatter
{
    public static string Format(Diagnostic diagnostic, IMessageCatalog catalog, Language language)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(catalog);
        var template = catalog.Find(diagnostic.MessageKey, language)
            ?? catalog.Find(diagnostic.MessageKey, Language.Zh)
            ?? diagnostic.MessageKey;
        return Fill(template, diagnostic.Args, language);
    }

    public static string Fill(string template, IReadOnlyList<MessageArg> args, Language language)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(args);
        if (template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var sb = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var a in args)
            {
                if (name.SequenceEqual(a.Name))
                {
                    sb.Append(a.For(language));
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                sb.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return sb.ToString();
    }
}
