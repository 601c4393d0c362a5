namespace ScimConformance.Authoring;

/// <summary>
/// Two sets of values (ids, members, schema URIs) compared: what was expected and is missing, what came and was not
/// expected. Said as "missing 2 (e.g. a, b), unexpected 1 (e.g. c)" rather than as two full lists to diff by eye.
/// </summary>
public sealed class SetDifference
{
    /// <summary>How many values of each side a text names before it says "and N more".</summary>
    public const int Examples = 3;

    public SetDifference(IEnumerable<string> expected, IEnumerable<string> observed)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(observed);
        Expected = expected.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Observed = observed.Order(StringComparer.Ordinal).ToArray();
        Missing = Expected.Except(Observed, StringComparer.Ordinal).ToArray();
        Unexpected = Observed.Distinct(StringComparer.Ordinal).Except(Expected, StringComparer.Ordinal).ToArray();
        Repeated = Observed.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
    }

    public IReadOnlyList<string> Expected { get; }
    public IReadOnlyList<string> Observed { get; }
    public IReadOnlyList<string> Missing { get; }
    public IReadOnlyList<string> Unexpected { get; }
    /// <summary>Values the observed side holds more than once (a list that returned a resource twice).</summary>
    public IReadOnlyList<string> Repeated { get; }

    public bool Same => Missing.Count == 0 && Unexpected.Count == 0 && Repeated.Count == 0;

    /// <summary>"missing N (e.g. ...), unexpected M (e.g. ...)", naming only the sides that differ; "no difference" when none does.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Missing.Count > 0) parts.Add($"missing {Missing.Count} ({Sample(Missing)})");
        if (Unexpected.Count > 0) parts.Add($"unexpected {Unexpected.Count} ({Sample(Unexpected)})");
        if (Repeated.Count > 0) parts.Add($"repeated {Repeated.Count} ({Sample(Repeated)})");
        return parts.Count == 0 ? "no difference" : string.Join(", ", parts);
    }

    /// <summary>The two sides as short fields: a count and the first few values of each.</summary>
    public Expectation AsExpectation() => new(Summary(Expected), Summary(Observed));

    private static string Sample(IReadOnlyList<string> values) =>
        "e.g. " + string.Join(", ", values.Take(Examples)) + (values.Count > Examples ? ", ..." : "");

    private static string Summary(IReadOnlyList<string> values) => values.Count switch
    {
        0 => "none",
        _ => $"{values.Count}: {string.Join(", ", values.Take(Examples))}{(values.Count > Examples ? $" and {values.Count - Examples} more" : "")}",
    };
}
