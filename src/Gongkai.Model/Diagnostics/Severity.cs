namespace Gongkai.Diagnostics;

/// <summary>How serious a finding is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>Worth knowing; not a defect of the format.</summary>
    Info = 0,

    /// <summary>A contradiction or an implausible value; a person should look.</summary>
    Warning = 1,

    /// <summary>The format's arithmetic or structure is violated.</summary>
    Error = 2,
}
