using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Errors;

/// <summary>RFC 7644 §3.13: a protocol version named in the URL is served as that version or refused.</summary>
public sealed partial class VersionSegmentTests : ScimFixture
{
    // No SCIM version 99 exists, so no server can use it: refusing is the only compliant answer.
    private const string Unknown = "v99";

    [Test]
    [ScimTest("ERR-080", "A URL naming a protocol version the server lacks is refused", Areas.Errors, Severity.Low, "R7644-3.13-02",
        Remediation = "Refuse a request whose URL names a SCIM version you do not implement (404, or 400 invalidVers) instead of serving it as your own version.")]
    public async Task Unknown_version_is_refused()
    {
        var response = await Client.SendAsync(new ScimRequest(HttpMethod.Get, VersionedPath(Run.Settings.BaseUrl, Endpoints.Users)) { Query = [new("count", "1")] });

        Verify.That(response.Status is >= 400 and < 500, "R7644-3.13-02",
            $"GET {response.RequestUri} answered {Describe(response)}; no SCIM version 99 exists, so the request must be refused, not served.");
    }

    /// <summary>The endpoint under version 99: the base URL's own version segment swapped for it, or added where there is none.</summary>
    private static string VersionedPath(Uri baseUrl, string endpoint) =>
        VersionSegment().IsMatch(baseUrl.AbsolutePath) ? $"../{Unknown}/{endpoint}" : $"{Unknown}/{endpoint}";

    [GeneratedRegex(@"/v\d+/?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSegment();
}
