using Gongkai.Diagnostics;

namespace Gongkai.Localization;

/// <summary>Message templates by key and language. Templates name their arguments: "{row} 行合计不符".</summary>
public interface IMessageCatalog
{
    /// <summary>The template, or null when this catalogue does not know the key.</summary>
    string? Find(string key, Language language);

    /// <summary>Every key this catalogue knows (for the meta-test that each exists in both languages).</summary>
    IEnumerable<string> Keys { get; }
}
