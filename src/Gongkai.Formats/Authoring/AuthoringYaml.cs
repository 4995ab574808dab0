using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Formats.Authoring;

/// <summary>Reading the parts of an authoring file's YAML, with a diagnostic for each thing that is not as expected.</summary>
internal static partial class AuthoringYaml
{
    /// <summary>The entries of a mapping by key; a key not among <paramref name="allowed"/> is an error (a misspelt key would otherwise lose its data).</summary>
    public static Dictionary<string, (YamlScalarNode Key, YamlNode Value)> Entries(YamlNode node, AuthoringDiagnostics diagnostics, IReadOnlyCollection<string> allowed, string whatZh, string whatEn)
    {
        var result = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        if (node is YamlScalarNode { Value: null or "" or "~" })
        {
            return result;
        }

        if (node is not YamlMappingNode map)
        {
            diagnostics.Error(AuthoringMessages.NotMapping, node, new MessageArg("what", whatZh, whatEn));
            return result;
        }

        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode key && key.Value is { } name && allowed.Contains(name))
            {
                result[name] = (key, v);
            }
            else
            {
                var name2 = (k as YamlScalarNode)?.Value ?? "…";
                diagnostics.Error(AuthoringMessages.UnknownKey, k, MessageArg.Of("key", name2), new MessageArg("hint", "（" + whatZh + "可用的键：" + string.Join("、", allowed) + "）", " (allowed in " + whatEn + ": " + string.Join(", ", allowed) + ")"));
            }
        }

        return result;
    }

    /// <summary>A scalar's text, or null when the key is absent or its value is not a scalar.</summary>
    public static Sourced<string>? Text(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> map, string key)
    {
        if (!map.TryGetValue(key, out var e) || e.Value is not YamlScalarNode s)
        {
            return null;
        }

        var text = s.Style is ScalarStyle.Plain && s.Value is "~" or "null" ? string.Empty : (s.Value ?? string.Empty).Trim();
        return new Sourced<string>(text, default);
    }

    public static Sourced<int>? Int(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> map, string key, int min, int max, AuthoringDiagnostics diagnostics)
    {
        if (Text(map, key) is not { } t || t.Value.Length == 0)
        {
            return null;
        }

        if (int.TryParse(t.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return new Sourced<int>(n, diagnostics.Ref(map[key].Value));
        }

        diagnostics.Error(AuthoringMessages.BadValue, map[key].Value, MessageArg.Of("key", key), MessageArg.Of("value", t.Value), new MessageArg("why", $"应为 {min} 至 {max} 之间的整数", $"must be a whole number from {min} to {max}"));
        return null;
    }

    /// <summary>
    /// Paragraphs: a block of text with one paragraph per line (blank lines ignored), or a list with one paragraph per
    /// item. Each keeps where it stands in the file.
    /// </summary>
    public static ImmutableArray<Sourced<string>> Paragraphs(YamlNode? node, AuthoringDiagnostics diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<Sourced<string>>();
        switch (node)
        {
            case null:
                break;
            case YamlScalarNode s:
                Lines(s, diagnostics, result);
                break;
            case YamlSequenceNode seq:
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode si)
                    {
                        Lines(si, diagnostics, result);
                    }
                    else
                    {
                        diagnostics.Error(AuthoringMessages.BadValue, item, MessageArg.Of("key", "…"), MessageArg.Of("value", "…"), new MessageArg("why", "段落应为文字", "a paragraph must be text"));
                    }
                }

                break;
            default:
                diagnostics.Error(AuthoringMessages.BadValue, node, MessageArg.Of("key", "…"), MessageArg.Of("value", "…"), new MessageArg("why", "正文应为文字（每行一段）或段落列表", "prose must be text (one paragraph per line) or a list of paragraphs"));
                break;
        }

        return result.ToImmutable();
    }

    private static void Lines(YamlScalarNode s, AuthoringDiagnostics diagnostics, ImmutableArray<Sourced<string>>.Builder into)
    {
        if (s.Style is ScalarStyle.Plain && s.Value is "~" or "null" || string.IsNullOrWhiteSpace(s.Value))
        {
            return;
        }

        var node = diagnostics.Ref(s);
        var text = diagnostics.Source.Text;
        var from = node.Span.Start;
        foreach (var raw in s.Value.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // where the line stands, when the file holds it verbatim (a literal block); otherwise the scalar's place
            var at = text.IndexOf(line, from, StringComparison.Ordinal);
            if (at >= 0 && at < node.Span.End)
            {
                into.Add(new Sourced<string>(line, diagnostics.Source.GetRef(new TextSpan(at, line.Length))));
                from = at + line.Length;
            }
            else
            {
                into.Add(new Sourced<string>(line, node));
            }
        }
    }

    /// <summary>YamlDotNet's message without its own position prefix (the diagnostic has the position).</summary>
    public static string SyntaxDetail(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        return PositionPrefix().Replace(message, string.Empty);
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
