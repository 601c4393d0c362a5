using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7644 §4 and RFC 7643 §7: /Schemas lists the schemas in use, and only resource schemas.</summary>
public sealed class SchemaListTests : DiscoveryFixture
{
    [Test]
    [ScimTest("DSC-013", "Schemas is a ListResponse that includes the core User schema", Areas.Discovery, Severity.High, "R7644-4-02",
        Mutates = false,
        Remediation = "Answer GET /Schemas with a ListResponse whose Resources include the Schema resource urn:ietf:params:scim:schemas:core:2.0:User.")]
    public async Task Schemas_list_includes_core_user()
    {
        var response = await GetAsync(SchemasPath);

        Verify.That(response.Status == 200 && response.Object.Strings("schemas").Contains(ScimUris.ListResponse), "R7644-4-02",
            $"GET /Schemas: expected 200 with a ListResponse, got {Describe(response)} with schemas {response.Object.Attr("schemas").Show()}.");
        var ids = ResourcesOf(response).Select(s => s.Text("id")).ToArray();
        Verify.That(ids.Contains(ScimUris.User, StringComparer.OrdinalIgnoreCase), "R7644-4-02",
            $"expected the Schema {ScimUris.User}, got ids {string.Join(", ", ids)}.");
    }

    [Test]
    [ScimTest("DSC-014", "Schemas includes the core Group schema when Groups are offered", Areas.Discovery, Severity.Medium, "R7644-4-02", "R7643-7-01",
        Mutates = false,
        Needs = [Capability.Groups],
        Remediation = "Add the Schema resource urn:ietf:params:scim:schemas:core:2.0:Group to /Schemas.")]
    public Task Schemas_list_includes_core_group() => CheckSchemaListedAsync(ScimUris.Group);

    [Test]
    [ScimTest("DSC-015", "Schemas includes the enterprise User extension when it is advertised", Areas.Discovery, Severity.Medium, "R7644-4-02", "R7643-7-01",
        Mutates = false,
        Needs = [Capability.EnterpriseUser],
        Remediation = "Add the Schema resource urn:ietf:params:scim:schemas:extension:enterprise:2.0:User to /Schemas.")]
    public Task Schemas_list_includes_enterprise_user() => CheckSchemaListedAsync(ScimUris.EnterpriseUser);

    [Test]
    [ScimTest("DSC-016", "Schemas does not expose protocol message schemas", Areas.Discovery, Severity.Low, "R7644-3.1-02",
        Mutates = false,
        Remediation = "Remove urn:ietf:params:scim:api:messages:* (ListResponse, Error, PatchOp...) from the /Schemas listing.")]
    public async Task Message_schemas_are_not_listed()
    {
        var ids = (await ReadListAsync(SchemasPath)).Select(s => s.Text("id")).OfType<string>().ToArray();

        var messages = ids.Where(id => id.StartsWith("urn:ietf:params:scim:api:", StringComparison.OrdinalIgnoreCase)).ToArray();
        Verify.That(messages.Length == 0, "R7644-3.1-02",
            $"expected no urn:ietf:params:scim:api: schemas in /Schemas, got {string.Join(", ", messages)}.");
    }

    [Test]
    [ScimTest("DSC-017", "Every Schema resource uses its schema URI as id and has a name", Areas.Discovery, Severity.Medium, "R7643-7-03", "R7643-7-04",
        Mutates = false,
        Remediation = "Give each Schema resource its URN as id (e.g. urn:ietf:params:scim:schemas:core:2.0:User) and a name.")]
    public async Task Schema_resources_have_urn_ids_and_names()
    {
        var schemas = await ReadListAsync(SchemasPath);
        Verify.Precondition(schemas.Count > 0, "/Schemas listed no schema.");

        foreach (var schema in schemas)
        {
            var id = schema.Text("id");
            Verify.That(id is not null && id.StartsWith("urn:", StringComparison.OrdinalIgnoreCase), "R7643-7-03",
                $"expected a Schema id that is a URN, got {schema.Attr("id").Show()}.");
            Verify.That(!string.IsNullOrWhiteSpace(schema.Text("name")), "R7643-7-04",
                $"Schema {id}: expected a name, got {schema.Attr("name").Show()}.");
        }
    }

    private static async Task CheckSchemaListedAsync(string urn)
    {
        var ids = (await ReadListAsync(SchemasPath)).Select(s => s.Text("id")).ToArray();
        Verify.That(ids.Contains(urn, StringComparer.OrdinalIgnoreCase), "R7643-7-01",
            $"expected the Schema {urn} in /Schemas, got ids {string.Join(", ", ids)}.");
    }
}
