using System.Collections.Frozen;
using Gongkai.Diagnostics;

namespace Gongkai.Localization;

/// <summary>A catalogue built from a table of (key, Chinese template, English template).</summary>
public class MessageCatalog : IMessageCatalog
{
    private readonly FrozenDictionary<string, (string Zh, string En)> _templates;

    public MessageCatalog(IEnumerable<MessageTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _templates = templates.ToFrozenDictionary(t => t.Key, t => (t.Zh, t.En), StringComparer.Ordinal);
    }

    public IEnumerable<string> Keys => _templates.Keys;

    public string? Find(string key, Language language) =>
        _templates.TryGetValue(key, out var t) ? (language == Language.En ? t.En : t.Zh) : null;

    /// <summary>Several catalogues searched in order.</summary>
    public static IMessageCatalog Combine(params IMessageCatalog[] catalogs) => new CompositeCatalog(catalogs);

    private sealed class CompositeCatalog(IMessageCatalog[] catalogs) : IMessageCatalog
    {
        public IEnumerable<string> Keys => catalogs.SelectMany(c => c.Keys);

        public string? Find(string key, Language language)
        {
            foreach (var c in catalogs)
            {
                var t = c.Find(key, language);
                if (t is not null)
                {
                    return t;
                }
            }

            return null;
        }
    }
}
