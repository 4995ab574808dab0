using System.Collections.Immutable;
using Gongkai.Text;

namespace Gongkai.Diagnostics;

/// <summary>
/// Something a reader noticed about a document, or a rule found in a report. Text is formatted only at the edges
/// (command line, web, report) from <see cref="MessageKey"/> and <see cref="Args"/>.
/// </summary>
/// <param name="Id">A stable identifier: reader diagnostics are "R" + number, rule findings carry the rule ID.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="MessageKey">The key of the message template in a <see cref="Localization.IMessageCatalog"/>.</param>
/// <param name="Args">Named arguments of the template.</param>
/// <param name="Primary">Where it is; <see cref="SourceRef.None"/> when it concerns the whole document.</param>
/// <param name="Related">Other places involved.</param>
public sealed record Diagnostic(
    string Id,
    Severity Severity,
    string MessageKey,
    ImmutableArray<MessageArg> Args,
    SourceRef Primary,
    ImmutableArray<SourceRef> Related)
{
    /// <summary>The table cells involved, by field ID ("t2.new.total"), in the order the message uses them.</summary>
    public ImmutableArray<string> Cells { get; init; } = [];

    public static Diagnostic Create(string id, Severity severity, string messageKey, SourceRef primary, params MessageArg[] args) =>
        new(id, severity, messageKey, [.. args], primary, []);

    public string? Arg(string name)
    {
        foreach (var a in Args)
        {
            if (a.Name == name)
            {
                return a.Zh;
            }
        }

        return null;
    }
}
