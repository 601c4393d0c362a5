using System.Globalization;
using NUnit.Framework;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Authoring;

/// <summary>
/// The test parameters of the run the suites belong to. NUnit's <see cref="TestContext.Parameters"/> is one store per
/// process that only ever gains names, so in a process that runs one run after another (a run host) a parameter an
/// earlier run set (--generated 20, --profile okta) would still steer a later run that did not set it. The scimconf
/// runner installs each run's own parameters here before NUnit builds or runs the suites; under `dotnet test` nothing
/// is installed, and NUnit's parameters are the run's.
/// </summary>
public static class SuiteParameters
{
    private static IReadOnlyDictionary<string, string>? _installed;

    /// <summary>Makes <paramref name="parameters"/> the only ones the suites see; null goes back to NUnit's.</summary>
    public static void Install(IReadOnlyDictionary<string, string>? parameters) => _installed = parameters;

    public static string Get(string name, string fallback) => Text(name) ?? fallback;

    /// <summary>The parameter read with the invariant culture, or <paramref name="fallback"/> when the run did not set it.</summary>
    public static T Get<T>(string name, T fallback) where T : IParsable<T>
    {
        if (Text(name) is not { } text) return fallback;
        return T.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ConfigurationException($"The test parameter {name} is '{text}', which is not a {typeof(T).Name}.");
    }

    private static string? Text(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_installed is { } installed) return installed.GetValueOrDefault(name);
        return TestContext.Parameters.Exists(name) ? TestContext.Parameters[name] : null;
    }
}
