namespace ScimConformance.Runner.Model;

/// <summary>Where the run pointed and how it authenticated; never the credential itself.</summary>
public sealed record TargetInfo(string BaseUrl, string AuthScheme)
{
    /// <summary>
    /// The bundled reference server `--demo` started for this run: its address changes with every run, so runs (the
    /// shards of one run) are compared by this flag rather than by <see cref="BaseUrl"/>.
    /// </summary>
    public bool Demo { get; init; }

    /// <summary>Whether two runs tested the same endpoint: the same base URL, or both the demo server.</summary>
    public bool IsSameEndpointAs(TargetInfo other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Demo && other.Demo || !Demo && !other.Demo && string.Equals(BaseUrl, other.BaseUrl, StringComparison.Ordinal);
    }

    /// <summary>How messages name the endpoint.</summary>
    public string Describe() => Demo ? "the bundled demo server" : BaseUrl;
}
