namespace Gongkai.Formats.Html;

/// <summary>
/// Thrown from inside AngleSharp's element callback to stop a parse that creates far more elements than the page has
/// tags; caught by <see cref="HtmlReaderCore"/>, never seen outside the reader.
/// </summary>
internal sealed class ParseBudgetExceededException : Exception
{
    public ParseBudgetExceededException()
    {
    }

    public ParseBudgetExceededException(string message)
        : base(message)
    {
    }

    public ParseBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ParseBudgetExceededException(int position)
        : base("the HTML parser created too many elements")
    {
        Position = position;
    }

    /// <summary>Where in the page the parser was when it stopped.</summary>
    public int Position { get; }
}
