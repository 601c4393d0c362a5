namespace ScimConformance.Core.Configuration.Options;

/// <summary>Whether the command line that repeats a run carries an option.</summary>
public enum ReproduceForm
{
    /// <summary>Always repeated as given.</summary>
    Always,
    /// <summary>Repeated unless the run tested the bundled demo server, which sets it itself (target URL, credentials, TLS).</summary>
    UnlessDemo,
}
