namespace Gongkai.Formats;

/// <summary>What a reader does with damaged content (after ImageSharp's SegmentIntegrityHandling).</summary>
public enum ContentIntegrity
{
    /// <summary>Read what can be read; report the rest as diagnostics.</summary>
    Lenient = 0,

    /// <summary>Return no model when the document has reading errors.</summary>
    Strict = 1,
}
