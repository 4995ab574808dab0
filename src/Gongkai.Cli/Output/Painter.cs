using Gongkai.Diagnostics;

namespace Gongkai.Cli.Output;

/// <summary>ANSI colours on a terminal, plain text when redirected or when NO_COLOR is set.</summary>
internal sealed class Painter(bool enabled)
{
    public static Painter ForStdout { get; } = new(!Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);

    public static Painter ForStderr { get; } = new(!Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);

    public string Bold(string s) => enabled ? "\u001b[1m" + s + "\u001b[0m" : s;

    public string Dim(string s) => enabled ? "\u001b[2m" + s + "\u001b[0m" : s;

    public string For(Severity severity, string s) => !enabled ? s : severity switch
    {
        Severity.Error => "\u001b[31;1m" + s + "\u001b[0m",
        Severity.Warning => "\u001b[33m" + s + "\u001b[0m",
        _ => "\u001b[36m" + s + "\u001b[0m",
    };

    public string Good(string s) => enabled ? "\u001b[32m" + s + "\u001b[0m" : s;
}
