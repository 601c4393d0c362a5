namespace ScimConformance.Runner.Model;

/// <summary>Where the run pointed and how it authenticated; never the credential itself.</summary>
public sealed record TargetInfo(string BaseUrl, string AuthScheme)
{
    /// <summary>
    /// The bundled reference server `--demo` started for this run: its address changes with every run, so runs (the
    /// shards of one run) are compared by this flag rather than by <see cref="BaseUrl"/>.
    /// </summary>
    public bool Demo { get; init; }
}
