using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7644 §3.2 and §3.13: how endpoints and the protocol version are spelled in the URLs the service provider publishes.</summary>
public sealed class UrlConventionTests : DiscoveryFixture
{
    [Test]
    [ScimTest("DSC-072", "Endpoints of additional resource types are the plural of their name", Areas.Discovery, Severity.Info, "R7644-3.2-01",
        Mutates = false,
        Remediation = "Name the endpoint of each resource type you add by its name with a trailing s, as /Users and /Groups are (e.g. /Devices for Device).")]
    public async Task Additional_endpoints_are_plural()
    {
        var types = await ReadListAsync(ResourceTypesPath);
        var additional = types.Where(t => t.Text("name") is { } name && UrlConventions.SuggestedEndpoint(name) is not null).ToArray();
        if (additional.Length == 0) Assert.Ignore($"Skipped: /{ResourceTypesPath} lists no resource type besides User and Group, whose endpoints RFC 7643 names.");

        var odd = additional.Where(t => !UrlConventions.IsPluralOf(t.Text("endpoint") ?? "", t.Text("name")!))
            .Select(t => $"{t.Text("name")} at {t.Attr("endpoint").Show()} (suggested {UrlConventions.SuggestedEndpoint(t.Text("name")!)})").ToArray();
        Verify.That(odd.Length == 0, "R7644-3.2-01",
            $"GET /{ResourceTypesPath}: expected each additional endpoint to be its name plus s; {string.Join("; ", odd)}.");
    }

    [Test]
    [ScimTest("DSC-074", "A version segment in the base URL is 'v' plus the number, right before the endpoints", Areas.Versioning, Severity.Low, "R7644-3.13-01",
        Mutates = false,
        Remediation = "Spell the protocol version in your URLs as 'v' and the number (/v2) and place it directly before the resource endpoint: https://host/scim/v2/Users.")]
    public async Task Version_segment_is_well_placed()
    {
        var baseUrl = Run.Settings.BaseUrl;
        if (UrlConventions.VersionSegments(baseUrl).Count == 0)
            Assert.Ignore($"Skipped: the base URL {baseUrl} carries no version segment, so there is no version placement to judge.");

        var response = await GetAsync(ServiceProviderConfigPath);

        if (!Responses.Subject(response, "R7644-3.13-01", $"GET {response.RequestUri} (the endpoint under the versioned base URL)")) return;
        var problem = UrlConventions.VersionProblem(baseUrl);
        Verify.That(problem is null, "R7644-3.13-01", $"base URL {baseUrl}: {problem}.");
    }
}
