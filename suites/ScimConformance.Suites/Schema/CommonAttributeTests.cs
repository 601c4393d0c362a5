using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Schema;

/// <summary>RFC 7643 §3 and §3.1: schemas and id, common to every resource.</summary>
public sealed class CommonAttributeTests : SchemaValidationFixture
{
    [Test]
    [ScimTest("SCH-008", "schemas lists the base schema once and only declared extensions", Areas.Schema, Severity.Medium, "R7643-3.3-01", "R7643-3-02", "R7643-3-03",
        Remediation = "Set schemas to the resource type's base schema plus the extensions the resource uses, each once.")]
    public async Task Schemas_attribute_is_well_formed()
    {
        var user = await CreateUserAsync(Run.Data.User(includeEnterprise: Run.Capabilities.Has(Capability.EnterpriseUser, Run.Discovery)));
        var schemas = user.Strings("schemas");
        var declared = Run.Discovery.ResourceType("User") is { } type
            ? type.Extensions.Select(e => e.Schema).Append(type.Schema).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ScimUris.User };

        Verify.That(schemas.Contains(ScimUris.User, StringComparer.OrdinalIgnoreCase), "R7643-3.3-01",
            $"expected schemas to hold {ScimUris.User}, got {user.Attr("schemas").Show()}.");
        var undeclared = schemas.Where(s => !declared.Contains(s)).ToArray();
        Verify.That(undeclared.Length == 0, "R7643-3-02",
            $"expected only schemas the User resource type declares ({string.Join(", ", declared)}), got also {string.Join(", ", undeclared)}.");
        Verify.That(schemas.Distinct(StringComparer.OrdinalIgnoreCase).Count() == schemas.Count, "R7643-3-03",
            $"expected no duplicate in schemas, got {user.Attr("schemas").Show()}.");
    }

    [Test]
    [ScimTest("SCH-009", "id is a non-empty string that never contains bulkId", Areas.Schema, Severity.Medium, "R7643-3.1-04", "R7643-3.1-08",
        Remediation = "Issue ids as non-empty strings and never use the reserved word bulkId in them.")]
    public async Task Id_is_well_formed()
    {
        var user = await CreateUserAsync();
        var id = user.At("id");

        Verify.That(id.IsString() && user.Text("id")!.Length > 0, "R7643-3.1-04", $"expected id to be a non-empty string, got {id.Show()}.");
        Verify.That(!user.Text("id")!.Contains("bulkId", StringComparison.OrdinalIgnoreCase), "R7643-3.1-08",
            $"expected an id without the reserved string bulkId, got {user.Text("id")}.");
    }
}
