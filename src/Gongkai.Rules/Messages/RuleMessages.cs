using Gongkai.Localization;

namespace Gongkai.Rules.Messages;

/// <summary>Every message of the catalogue's rules, plus the shared ones.</summary>
public static class RuleMessages
{
    public static IMessageCatalog Catalog { get; } = new MessageCatalog(
        CommonMessages.All.Concat(RuleCatalog.All.SelectMany(r => r.Descriptor.Messages)));
}
