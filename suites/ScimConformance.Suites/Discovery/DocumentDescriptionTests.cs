using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7643 §6 and §7: each ResourceType and each Schema says in words what it is.</summary>
public sealed class DocumentDescriptionTests : DiscoveryFixture
{
    [Test]
    [ScimTest("DSC-050", "Resource types and schemas carry a human-readable description", Areas.Discovery, Severity.Low, "R7643-6-02", "R7643-7-05",
        Mutates = false,
        Remediation = "Give every entry of /ResourceTypes and every Schema in /Schemas a non-empty \"description\" string saying what the resource type or schema is for.")]
    public async Task Resource_types_and_schemas_are_described()
    {
        var types = await ReadListAsync(ResourceTypesPath);
        var schemas = await ReadListAsync(SchemasPath);
        Verify.Precondition(types.Count > 0 && schemas.Count > 0, "/ResourceTypes or /Schemas listed nothing to judge.");

        Verify.That(Undescribed(types, "name").Length == 0, "R7643-6-02",
            $"expected a description on every resource type; missing or empty on {string.Join(", ", Undescribed(types, "name"))}.");
        Verify.That(Undescribed(schemas, "id").Length == 0, "R7643-7-05",
            $"expected a description on every schema; missing or empty on {string.Join(", ", Undescribed(schemas, "id"))}.");
    }

    private static string[] Undescribed(IEnumerable<JsonObject> documents, string key) =>
        documents.Where(d => string.IsNullOrWhiteSpace(d.Text("description"))).Select(d => d.Text(key) ?? d.Attr(key).Show()).ToArray();
}
