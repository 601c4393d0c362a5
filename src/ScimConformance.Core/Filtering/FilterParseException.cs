namespace ScimConformance.Core.Filtering;

/// <summary>The filter text does not follow the RFC 7644 §3.4.2.2 grammar; an endpoint answers 400 invalidFilter.</summary>
public sealed class FilterParseException : FormatException
{
    public FilterParseException(string problem, int position)
        : base($"{problem} at {position}")
    {
        Problem = problem;
        Position = position;
    }

    /// <summary>What was wrong, without the position.</summary>
    public string Problem { get; }

    /// <summary>Zero-based character offset in the filter text where the problem was found.</summary>
    public int Position { get; }
}
