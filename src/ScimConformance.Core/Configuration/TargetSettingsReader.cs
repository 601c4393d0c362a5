namespace ScimConformance.Core.Configuration;

/// <summary>
/// Builds <see cref="TargetSettings"/> from the named parameters (<see cref="ParameterNames"/>) that NUnit
/// test parameters, .runsettings files and the CLI share. Secrets are read from the environment variable
/// or file the parameters name. Throws <see cref="ConfigurationException"/> with an actionable message.
/// </summary>
public static class TargetSettingsReader
{
    public static TargetSettings Read(IReadOnlyDictionary<string, string> parameters, Func<string, string?> environment) =>
        throw new NotImplementedException();

    /// <summary>Parses "patch=false,sort=true" into overrides.</summary>
    public static IReadOnlyDictionary<string, bool> ParseAssume(string? text) => throw new NotImplementedException();
}
