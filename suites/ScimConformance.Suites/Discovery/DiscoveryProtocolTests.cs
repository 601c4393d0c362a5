using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7644 §3.8 and §4: how discovery documents are served (media type, query parameters).</summary>
public sealed class DiscoveryProtocolTests : DiscoveryFixture
{
    [Test]
    [ScimTest("DSC-022", "Discovery documents are labelled application/scim+json", Areas.Discovery, Severity.Low, "R7644-3.8-03", "R7644-8.1-01",
        Mutates = false,
        Remediation = "Send Content-Type: application/scim+json on /ServiceProviderConfig, /ResourceTypes and /Schemas when the client accepts it.")]
    public async Task Discovery_documents_use_the_scim_media_type()
    {
        foreach (var path in new[] { ServiceProviderConfigPath, ResourceTypesPath, SchemasPath })
        {
            var response = await GetAsync(path);
            // A list the endpoint does not serve has no media type to judge (DSC-009 and DSC-013 fail it); judge the others.
            if (path != ServiceProviderConfigPath && response.Status is 404 or 501) continue;
            Verify.Precondition(response.Status == 200, $"GET /{path} answered {response.Status}; its media type cannot be judged.");
            Verify.That(response.MediaType == ScimUris.MediaType, "R7644-3.8-03",
                $"GET /{path} with Accept: {ScimUris.MediaType}: expected Content-Type {ScimUris.MediaType}, got {response.Header("Content-Type") ?? "(none)"}.");
        }
    }

    [Test]
    [ScimTest("DSC-023", "Discovery endpoints ignore paging parameters", Areas.Discovery, Severity.Low, "R7644-4-07", "R7644-4-08",
        Mutates = false,
        Remediation = "Ignore count/startIndex on /ResourceTypes (or refuse them with 403); never cut the listing short.")]
    public async Task Discovery_ignores_paging_parameters()
    {
        var all = await ReadListAsync(ResourceTypesPath);
        Verify.Precondition(all.Count > 1, $"/ResourceTypes lists {all.Count} type(s); paging cannot be observed.");

        var paged = await Client.SendAsync(new ScimRequest(HttpMethod.Get, ResourceTypesPath)
        {
            Query = [new("count", "1"), new("startIndex", "2")],
        });
        if (paged.Status == 403) return; // RFC 7644 §4 also allows refusing query parameters on discovery endpoints.
        Verify.That(paged.Status == 200 && ResourcesOf(paged).Count == all.Count, "R7644-4-07",
            $"GET /ResourceTypes?count=1&startIndex=2: expected all {all.Count} resource types (parameters ignored) or 403, got {Describe(paged)} with {ResourcesOf(paged).Count} resource(s).");
    }
}
