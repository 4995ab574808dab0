namespace Gongkai.Cases.Domain;

/// <summary>A 规章 or 行政规范性文件 the body issued, with its repeal if any.</summary>
/// <param name="Number">文号, unique within the register (e.g. "青环规〔2025〕3号").</param>
/// <param name="Kind">规章 or 行政规范性文件.</param>
/// <param name="Title">标题.</param>
/// <param name="IssuedOn">制发日期 (the day it was signed and issued).</param>
public sealed record RegisterDocument(string Number, DocumentKind Kind, string Title, DateOnly IssuedOn)
{
    /// <summary>废止日期 (or the day it expired); null while in force.</summary>
    public DateOnly? RepealedOn { get; init; }

    /// <summary>现行有效 on <paramref name="day"/>: issued by then and not repealed by then.</summary>
    public bool InForceOn(DateOnly day) => IssuedOn <= day && (RepealedOn is null || RepealedOn > day);
}
