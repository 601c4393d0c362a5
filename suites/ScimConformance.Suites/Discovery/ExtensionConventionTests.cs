using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7643 §2.3 and §3.3: extension schemas keep to the SCIM data types and leave the core attributes to the core schema.</summary>
public sealed class ExtensionConventionTests : DiscoveryFixture
{
    [Test]
    [ScimTest("DSC-070", "Extension schemas declare only the eight SCIM data types", Areas.Discovery, Severity.Low, "R7643-2.3-01",
        Mutates = false,
        Remediation = "Declare every extension attribute with one of string, boolean, decimal, integer, dateTime, binary, reference or complex; map other kinds onto them (e.g. a UUID as string).")]
    public async Task Extension_attributes_use_the_defined_types()
    {
        var extensions = await ReadExtensionSchemasAsync();

        var undefined = extensions.SelectMany(ExtensionConventions.UndefinedTypes).ToArray();
        Verify.That(undefined.Length == 0, "R7643-2.3-01",
            $"GET /{SchemasPath}: expected extension attributes typed {string.Join(", ", ExtensionConventions.DataTypes)}; {undefined.Length} are not: {string.Join("; ", undefined.Take(8))}.");
    }

    [Test]
    [ScimTest("DSC-071", "Extension schemas do not redefine core attributes", Areas.Discovery, Severity.Low, "R7643-3.3-02",
        Mutates = false,
        Remediation = "Give extension attributes names the core schema and the common attributes (id, externalId, meta) do not use; clients cannot tell two definitions of one name apart.")]
    public async Task Extensions_leave_core_names_alone()
    {
        var schemas = await ReadListAsync(SchemasPath);
        var pairs = ExtensionPairs(schemas);
        if (pairs.Length == 0) Assert.Ignore($"Skipped: no resource type in /{ResourceTypesPath} lists a schema extension /{SchemasPath} serves.");

        var clashes = pairs.SelectMany(p => ExtensionConventions.RedefinedNames(p.Core, p.Extension)
            .Select(name => $"{ExtensionConventions.IdOf(p.Extension)}:{name} (already in {ExtensionConventions.IdOf(p.Core)})")).ToArray();
        Verify.That(clashes.Length == 0, "R7643-3.3-02",
            $"GET /{SchemasPath}: expected extension attributes with names of their own; {clashes.Length} redefine a core attribute: {string.Join("; ", clashes.Take(8))}.");
    }

    /// <summary>The served Schema documents of the extensions /ResourceTypes lists; skips when there are none.</summary>
    private static async Task<IReadOnlyList<JsonObject>> ReadExtensionSchemasAsync()
    {
        var schemas = await ReadListAsync(SchemasPath);
        var extensions = ExtensionPairs(schemas).Select(p => p.Extension).Distinct().ToArray();
        if (extensions.Length == 0) Assert.Ignore($"Skipped: no resource type in /{ResourceTypesPath} lists a schema extension /{SchemasPath} serves.");
        return extensions;
    }

    /// <summary>Each (base schema, extension schema) pair the run's /ResourceTypes declares, as /Schemas serves them.</summary>
    private static (JsonObject Core, JsonObject Extension)[] ExtensionPairs(IReadOnlyList<JsonObject> schemas)
    {
        JsonObject? Served(string id) => schemas.FirstOrDefault(s => string.Equals(ExtensionConventions.IdOf(s), id, StringComparison.OrdinalIgnoreCase));
        return Run.Discovery.ResourceTypes
            .SelectMany(type => type.Extensions.Select(e => (Core: Served(type.Schema), Extension: Served(e.Schema))))
            .Where(p => p.Core is not null && p.Extension is not null)
            .Select(p => (p.Core!, p.Extension!))
            .ToArray();
    }
}
