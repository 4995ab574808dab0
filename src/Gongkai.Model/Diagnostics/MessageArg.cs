namespace Gongkai.Diagnostics;

/// <summary>
/// A named argument of a message. Most arguments are the same in every language (numbers, quoted labels);
/// those that are words carry an English form too.
/// </summary>
public readonly record struct MessageArg(string Name, string Zh, string? En = null)
{
    public string For(Language language) => language == Language.En && En is not null ? En : Zh;

    public static MessageArg Of(string name, string value) => new(name, value);

    public static MessageArg Of(string name, long value) => new(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static MessageArg Of(string name, decimal value) => new(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
