using System.Text.RegularExpressions;

namespace ScimConformance.Core.Discovery;

/// <summary>
/// URL conventions of RFC 7644 read off what the endpoint publishes: resource-type endpoints named by the plural of the
/// resource name (§3.2), and a version segment in the base URL written 'v' plus the number, directly before the
/// resource endpoint (§3.13).
/// </summary>
public static partial class UrlConventions
{
    /// <summary>The RFC's own resource types, whose endpoints RFC 7643 names; the plural convention is for the others.</summary>
    private static readonly string[] CoreTypes = ["User", "Group"];

    // A segment that reads as an API version in any spelling ("v2", "V2", "version2", "v2.0", "api-v2").
    [GeneratedRegex("^(?:api[-_]?)?(?:v|version)[-_.]?\\d+(?:\\.\\d+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VersionLike();

    // RFC 7644 §3.13: "v" followed by the version number, e.g. /v2/Users.
    [GeneratedRegex("^v\\d+(?:\\.\\d+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormedVersion();

    /// <summary>The endpoint RFC 7644 §3.2 suggests for an additional resource type, or null for User and Group.</summary>
    public static string? SuggestedEndpoint(string resourceName) =>
        CoreTypes.Contains(resourceName, StringComparer.OrdinalIgnoreCase) ? null : "/" + resourceName + "s";

    /// <summary>Whether the endpoint is the name with a trailing s (leading slash and case aside).</summary>
    public static bool IsPluralOf(string endpoint, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var bare = endpoint.Trim().TrimStart('/').TrimEnd('/');
        return string.Equals(bare, resourceName + "s", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The base URL's path segments that read as an API version, with their index (empty when the URL is unversioned).</summary>
    public static IReadOnlyList<(int Index, string Segment)> VersionSegments(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return Segments(baseUrl).Select((s, i) => (Index: i, Segment: s)).Where(p => VersionLike().IsMatch(p.Segment)).ToArray();
    }

    /// <summary>
    /// Why the base URL's version segment breaks RFC 7644 §3.13, or null when it is 'v' plus a number and the last segment
    /// (the one resource endpoints are appended to); also null for an unversioned URL, which the rule does not concern.
    /// </summary>
    public static string? VersionProblem(Uri baseUrl)
    {
        var segments = Segments(baseUrl);
        var versions = VersionSegments(baseUrl);
        if (versions.Count == 0) return null;
        var (index, segment) = versions[^1];
        if (!WellFormedVersion().IsMatch(segment))
            return $"the version segment \"{segment}\" is not 'v' followed by the version number (e.g. v2)";
        return index == segments.Length - 1
            ? null
            : $"the version segment \"{segment}\" is followed by \"{string.Join('/', segments[(index + 1)..])}\", so it does not sit directly before the resource endpoint";
    }

    private static string[] Segments(Uri baseUrl) =>
        baseUrl.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
