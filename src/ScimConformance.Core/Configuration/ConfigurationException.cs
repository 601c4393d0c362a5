namespace ScimConformance.Core.Configuration;

/// <summary>The run is misconfigured (missing base URL, token variable unset, bad value). Exit code 2.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message) : base(message) { }
    public ConfigurationException() { }
    public ConfigurationException(string message, Exception inner) : base(message, inner) { }
}
