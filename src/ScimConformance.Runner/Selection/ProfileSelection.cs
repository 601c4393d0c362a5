using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Runner.Selection;

/// <summary>
/// Resolves `--profile okta,entra` against the identity providers the suites replay: each replay check declares its
/// provider (<see cref="CheckInfo.Provider"/>), so the runner learns the known names from the checks themselves and the
/// CLI never reaches into a suite assembly.
/// </summary>
public static class ProfileSelection
{
    /// <summary>The providers named, spelled as their checks declare them; an unknown or empty name is a configuration error.</summary>
    public static IReadOnlyList<string> Resolve(string profile, IEnumerable<CheckInfo> checks)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var known = checks.Select(c => c.Provider).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        var names = profile.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !known.Contains(n, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (names.Length == 0)
            throw new ConfigurationException($"--profile needs one or more provider names, comma-separated. Known profiles: {string.Join(", ", known)}.");
        if (unknown.Length > 0)
            throw new ConfigurationException($"--profile: unknown profile {string.Join(", ", unknown.Select(u => "'" + u + "'"))}. Known profiles: {string.Join(", ", known)}.");
        return known.Where(k => names.Contains(k, StringComparer.OrdinalIgnoreCase)).ToArray();
    }
}
