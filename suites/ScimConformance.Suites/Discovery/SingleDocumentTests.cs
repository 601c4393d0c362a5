using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7644 §4: one Schema by its URI and one ResourceType by its name, each answered as that single document.</summary>
public sealed class SingleDocumentTests : DiscoveryFixture
{
    [Test]
    [ScimTest("DSC-024", "A single Schema or ResourceType is answered as that one document", Areas.Discovery, Severity.Low, "R7644-4-03", "R7644-4-05",
        Mutates = false,
        Remediation = "Answer GET /Schemas/{schema URI} and GET /ResourceTypes/{name} with 200 and the document itself (not a ListResponse), or 404 if not offered.")]
    public async Task Single_discovery_documents_are_objects()
    {
        var served = 0;
        foreach (var (path, id) in new[] { ($"{SchemasPath}/{ScimUris.User}", ScimUris.User), ($"{ResourceTypesPath}/User", "User") })
        {
            var response = await GetAsync(path);
            // Fetching one document by id is a MAY (R7644-4-03): a server that offers only the lists answers 404 or 501.
            if (response.Status is 404 or 405 or 501) continue;
            served++;
            if (!Responses.Subject(response, "R7644-4-03", $"GET /{path}")) continue;
            Verify.That(response.Object is { } document && !document.Strings("schemas").Contains(ScimUris.ListResponse)
                    && string.Equals(document.Text("id"), id, StringComparison.OrdinalIgnoreCase), "R7644-4-05",
                $"GET /{path}: expected the single {id} document (id {id}, not a ListResponse), got {response.Json.Show()}.");
        }
        if (served == 0) Assert.Ignore($"Skipped: neither /{SchemasPath}/{{uri}} nor /{ResourceTypesPath}/{{name}} is offered (404), which RFC 7644 §4 allows.");
    }
}
