using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7643 §6 and RFC 7644 §4: /ResourceTypes, its User and Group entries, and their links to /Schemas.</summary>
public sealed class ResourceTypeTests : DiscoveryFixture
{
    [Test]
    [ScimTest("DSC-009", "ResourceTypes is answered as a ListResponse", Areas.Discovery, Severity.Medium, "R7644-4-06", "R7644-4-04",
        Mutates = false,
        Remediation = "Answer GET /ResourceTypes with a ListResponse (schemas ListResponse, totalResults, Resources).")]
    public async Task Resource_types_come_as_a_list_response()
    {
        var response = await GetAsync(ResourceTypesPath);

        Verify.That(response.Status == 200, "R7644-4-04", $"GET /ResourceTypes: expected 200, got {Describe(response)}.");
        var list = response.Object;
        Verify.That(list.Strings("schemas").Contains(ScimUris.ListResponse), "R7644-4-06",
            $"expected a ListResponse ({ScimUris.ListResponse}), got schemas {list.Attr("schemas").Show()} (body starts {response.Json.Show()}).");
        Verify.That(list.Array("Resources") is { Count: > 0 }, "R7644-4-06",
            $"expected Resources to list the resource types, got {list.Attr("Resources").Show()}.");
    }

    [Test]
    [ScimTest("DSC-010", "The User resource type names its endpoint and the core User schema", Areas.Discovery, Severity.High, "R7643-6-01", "R7643-6-03", "R7643-6-04",
        Mutates = false,
        Remediation = "List {\"name\": \"User\", \"endpoint\": \"/Users\", \"schema\": \"urn:ietf:params:scim:schemas:core:2.0:User\"} in /ResourceTypes.")]
    public Task User_resource_type_is_advertised() => CheckResourceTypeAsync("User", ScimUris.User);

    [Test]
    [ScimTest("DSC-011", "The Group resource type names its endpoint and the core Group schema", Areas.Discovery, Severity.Medium, "R7643-6-01", "R7643-6-03", "R7643-6-04",
        Mutates = false,
        Needs = [Capability.Groups],
        Remediation = "List {\"name\": \"Group\", \"endpoint\": \"/Groups\", \"schema\": \"urn:ietf:params:scim:schemas:core:2.0:Group\"} in /ResourceTypes.")]
    public Task Group_resource_type_is_advertised() => CheckResourceTypeAsync("Group", ScimUris.Group);

    [Test]
    [ScimTest("DSC-012", "Every resource type's schema and extensions are served by /Schemas", Areas.Discovery, Severity.Medium, "R7643-6-04", "R7643-6-05",
        Mutates = false,
        Remediation = "Serve a Schema resource (id = URN) in /Schemas for every schema and schemaExtensions entry /ResourceTypes names.")]
    public async Task Resource_type_schemas_resolve_in_schemas()
    {
        var types = await ReadListAsync(ResourceTypesPath);
        var schemaIds = (await ReadListAsync(SchemasPath)).Select(s => s.Text("id")).OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Verify.Precondition(types.Count > 0, "/ResourceTypes listed no resource type.");

        foreach (var type in types)
        {
            var name = type.Text("name") ?? type.Text("id") ?? "(unnamed)";
            var schema = type.Text("schema");
            Verify.That(schema is not null && schemaIds.Contains(schema), "R7643-6-04",
                $"resource type {name}: schema {type.Attr("schema").Show()} is not the id of any Schema in /Schemas ({string.Join(", ", schemaIds)}).");
            foreach (var extension in type.Array("schemaExtensions")?.OfType<JsonObject>() ?? [])
            {
                var urn = extension.Text("schema");
                Verify.That(urn is not null && schemaIds.Contains(urn), "R7643-6-05",
                    $"resource type {name}: extension {urn ?? "(no schema)"} is not served by /Schemas.");
                Verify.That(extension.Attr("required").IsBoolean(), "R7643-6-05",
                    $"resource type {name}: extension {urn} must state required as a boolean, got {extension.Attr("required").Show()}.");
            }
        }
    }

    private static async Task CheckResourceTypeAsync(string name, string coreSchema)
    {
        var types = await ReadListAsync(ResourceTypesPath);
        var type = types.FirstOrDefault(t => string.Equals(t.Text("name"), name, StringComparison.OrdinalIgnoreCase));

        Verify.That(type is not null, "R7643-6-01",
            $"expected a resource type named {name}, got names {string.Join(", ", types.Select(t => t.Attr("name").Show()))}.");
        var endpoint = type.Text("endpoint");
        Verify.That(!string.IsNullOrWhiteSpace(endpoint), "R7643-6-03",
            $"resource type {name}: expected an endpoint such as /{name}s, got {type.Attr("endpoint").Show()}.");
        Verify.That(string.Equals(type.Text("schema"), coreSchema, StringComparison.OrdinalIgnoreCase), "R7643-6-04",
            $"resource type {name}: expected schema {coreSchema}, got {type.Attr("schema").Show()}.");
    }
}
