using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// The built-in profiles (loaded once) and the selection a run makes with the "profiles" parameter
/// (`scimconf run --profile okta,entra-id`): comma-separated file name stems, case-insensitive; empty = all.
/// </summary>
public static class ProfileCatalog
{
    private static readonly Lazy<IReadOnlyList<ProviderProfile>> Loaded = new(() => ProfileLoader.LoadEmbedded());

    public static IReadOnlyList<ProviderProfile> All => Loaded.Value;

    public static ProviderProfile Get(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ProfileLoadException($"No identity-provider profile named '{name}'. Known: {string.Join(", ", All.Select(p => p.Name))}.");

    /// <summary>The NUnit category of one provider's replay checks ("profile-okta"), for `--include category:profile-okta`.</summary>
    public static string CategoryOf(string name) => "profile-" + name;

    /// <summary>The names in a --profile value; unknown ones are returned in <paramref name="unknown"/>.</summary>
    public static IReadOnlyList<string> Resolve(string? selection, out IReadOnlyList<string> unknown)
    {
        var names = Split(selection);
        unknown = names.Where(n => !All.Any(p => string.Equals(p.Name, n, StringComparison.OrdinalIgnoreCase))).ToArray();
        return names.Length == 0
            ? All.Select(p => p.Name).ToArray()
            : All.Where(p => names.Contains(p.Name, StringComparer.OrdinalIgnoreCase)).Select(p => p.Name).ToArray();
    }

    /// <summary>The providers the current NUnit run selects (parameter <see cref="ParameterNames.Profiles"/>).</summary>
    public static IEnumerable<string> Selected()
    {
        var selection = SuiteParameters.Get(ParameterNames.Profiles, "");
        return Resolve(selection, out _);
    }

    private static string[] Split(string? selection) =>
        (selection ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
