namespace ScimConformance.Core.Filtering;

/// <summary>
/// The filter parses but cannot be evaluated against the attribute's type (e.g. "gt" on a boolean, RFC 7644 §3.4.2.2);
/// an endpoint answers 400 invalidFilter.
/// </summary>
public sealed class FilterSemanticException : InvalidOperationException
{
    public FilterSemanticException(string message)
        : base(message)
    {
    }
}
