using System.Text.Json.Serialization;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Core.Scoping;

/// <summary>
/// How this run narrows a query to its own data, decided once by <see cref="ScopeProbe"/> at the start of the run.
/// A check about a filter construct sends its own filter as it is; it asks for a scope only where it must count or
/// page over the run's data alone (totalResults, sorting, paging), and joins it with <see cref="Within"/>.
/// </summary>
public sealed record RunScope
{
    public RunScope(ScopeConstruct construct, IReadOnlyList<ScopeFinding> refused, string reason)
    {
        Kind = construct;
        Refused = refused;
        Reason = reason;
    }

    /// <summary>A run that did not probe (filtering is not advertised, or the run was built without a probe).</summary>
    public static RunScope NotProbed { get; } = new(ScopeConstruct.None, [], "filter.supported is false, so queries are not narrowed by a filter");

    [JsonIgnore]
    public ScopeConstruct Kind { get; }

    /// <summary>The chosen construct as results.json and the console name it.</summary>
    public string Construct => Kind switch
    {
        ScopeConstruct.StartsWith => "sw",
        ScopeConstruct.EqualsAny => "eq-or",
        _ => "none",
    };

    /// <summary>Each narrowing construct the target refused, with the request that showed it.</summary>
    public IReadOnlyList<ScopeFinding> Refused { get; }

    /// <summary>Why the construct was chosen, in one sentence.</summary>
    public string Reason { get; }

    /// <summary>
    /// A filter selecting the resources whose <paramref name="attribute"/> is one of <paramref name="values"/>, all of which
    /// start with <paramref name="prefix"/>: <c>sw</c> when the target accepts it, else <c>eq</c> joined by <c>or</c>;
    /// null when no filter narrows (the caller narrows client-side or skips, saying <see cref="Reason"/>).
    /// </summary>
    public string? Select(string attribute, string prefix, IReadOnlyCollection<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Kind switch
        {
            ScopeConstruct.StartsWith => $"{attribute} sw {FilterLiteral.Quote(prefix)}",
            ScopeConstruct.EqualsAny when values.Count > 0 => string.Join(" or ", values.Select(v => $"{attribute} eq {FilterLiteral.Quote(v)}")),
            _ => null,
        };
    }

    /// <summary>
    /// Like <see cref="Select"/> for many values: one filter for <c>sw</c>, else the values in groups of
    /// <paramref name="perFilter"/> so that no request line grows past what servers accept; empty when no filter narrows.
    /// </summary>
    public IReadOnlyList<string> SelectAll(string attribute, string prefix, IReadOnlyCollection<string> values, int perFilter = 20)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(perFilter, 1);
        return Kind switch
        {
            ScopeConstruct.StartsWith => [Select(attribute, prefix, values)!],
            ScopeConstruct.EqualsAny => values.Chunk(perFilter).Select(chunk => Select(attribute, prefix, chunk)!).ToArray(),
            _ => [],
        };
    }

    /// <summary>
    /// <paramref name="filter"/> restricted to <paramref name="scope"/>, with no more parentheses than precedence needs
    /// (and binds tighter than or, RFC 7644 §3.4.2.2): a target that handles one level of grouping handles the result
    /// whenever it handles the filter alone.
    /// </summary>
    public static string Within(string scope, string filter)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        return $"{Grouped(scope)} and {Grouped(filter)}";
    }

    private static string Grouped(string filter)
    {
        FilterNode parsed;
        try
        {
            parsed = FilterParser.Parse(filter);
        }
        catch (FilterParseException)
        {
            return $"({filter})"; // a deliberately invalid filter: keep it whole, as it was written
        }
        return parsed is Or ? $"({filter})" : filter;
    }
}
