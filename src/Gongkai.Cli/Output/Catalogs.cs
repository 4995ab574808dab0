using Gongkai.Formats;
using Gongkai.Localization;
using Gongkai.Rules.Messages;

namespace Gongkai.Cli.Output;

/// <summary>Every message template the command line can meet: readers' and rules'.</summary>
internal static class Catalogs
{
    public static IMessageCatalog All { get; } = MessageCatalog.Combine(ReaderMessages.Catalog, RuleMessages.Catalog, Formats.Authoring.AuthoringMessages.Catalog, Formats.Writing.WriterMessages.Catalog);
}
