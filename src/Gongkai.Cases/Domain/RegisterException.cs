namespace Gongkai.Cases.Domain;

/// <summary>
/// A command the register refuses: an illegal transition, a date out of order, a locked year, bad input. The message
/// says what and why in Chinese, then in English; nothing was written when it is thrown.
/// </summary>
public sealed class RegisterException : Exception
{
    public RegisterException()
    {
        Code = "REG000";
        Zh = string.Empty;
        En = string.Empty;
    }

    public RegisterException(string message)
        : base(message)
    {
        Code = "REG000";
        Zh = message;
        En = message;
    }

    public RegisterException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "REG000";
        Zh = message;
        En = message;
    }

    public RegisterException(string code, string zh, string en)
        : base(zh + " / " + en)
    {
        Code = code;
        Zh = zh;
        En = en;
    }

    /// <summary>A stable code ("REG010") for tests and scripts.</summary>
    public string Code { get; }

    /// <summary>The message in Simplified Chinese.</summary>
    public string Zh { get; }

    /// <summary>The message in English.</summary>
    public string En { get; }

    /// <summary>The message in one language.</summary>
    public string In(Diagnostics.Language language) => language == Diagnostics.Language.En ? En : Zh;
}
