using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7643 §7: the attribute definitions in /Schemas, which every oracle of the harness relies on.</summary>
public sealed class AttributeDefinitionTests : DiscoveryFixture
{
    private static readonly string[] Types = ["string", "boolean", "decimal", "integer", "dateTime", "binary", "reference", "complex"];
    private static readonly string[] Mutabilities = ["readOnly", "readWrite", "immutable", "writeOnly"];
    private static readonly string[] Returns = ["always", "never", "default", "request"];
    private static readonly string[] Uniquenesses = ["none", "server", "global"];

    [Test]
    [ScimTest("DSC-018", "Attribute definitions state name, type and multiValued with valid values", Areas.Discovery, Severity.Medium, "R7643-2.3-02",
        Mutates = false,
        Remediation = "Give every attribute and sub-attribute in /Schemas a string name, a type from RFC 7643 §2.3 and a boolean multiValued; booleans as JSON booleans.")]
    public async Task Attribute_definitions_have_their_core_characteristics()
    {
        var extensions = Run.Discovery.ResourceTypes.SelectMany(t => t.Extensions.Select(e => e.Schema)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = await CollectAsync((schema, path, a) => AttributeProblems(path, a, extensions.Contains(schema)));
        Verify.That(problems.Count == 0, "R7643-2.3-02",
            $"expected every attribute definition to be well-formed; found {problems.Count} problem(s): {string.Join("; ", problems.Take(8))}.");
    }

    [Test]
    [ScimTest("DSC-019", "Attribute definitions state mutability, returned, uniqueness, required and caseExact", Areas.Discovery, Severity.Low, "R7643-8.7.1-01",
        Mutates = false,
        Remediation = "State every characteristic (required, caseExact, mutability, returned, uniqueness) explicitly, with the canonical values of RFC 7643 §7.")]
    public async Task Attribute_definitions_state_every_characteristic()
    {
        var problems = await CollectAsync((_, path, a) => CharacteristicProblems(path, a));
        Verify.That(problems.Count == 0, "R7643-8.7.1-01",
            $"clients read these characteristics to decide how to compare and send values; {problems.Count} definition(s) leave them out or use non-canonical values: {string.Join("; ", problems.Take(8))}.");
    }

    [Test]
    [ScimTest("DSC-020", "Attribute definitions carry a description", Areas.Discovery, Severity.Info, "R7643-7-07",
        Mutates = false,
        Remediation = "Add a human-readable description to every attribute definition in /Schemas.")]
    public async Task Attribute_definitions_have_descriptions()
    {
        var missing = await CollectAsync((_, path, a) => a.Attr("description").IsString() ? [] : [path]);
        Verify.That(missing.Count == 0, "R7643-7-07",
            $"expected a description on every attribute; missing on {missing.Count}: {string.Join(", ", missing.Take(12))}.");
    }

    [Test]
    [ScimTest("DSC-021", "Complex attribute definitions list their subAttributes", Areas.Discovery, Severity.Low, "R7643-7-06",
        Mutates = false,
        Remediation = "List the subAttributes of every attribute of type complex in /Schemas.")]
    public async Task Complex_attributes_list_sub_attributes()
    {
        var bare = await CollectAsync((_, path, a) =>
            a.Text("type") == "complex" && a.Array("subAttributes") is not { Count: > 0 } ? [path] : []);
        Verify.That(bare.Count == 0, "R7643-7-06",
            $"expected subAttributes on every complex attribute; missing on {string.Join(", ", bare)}.");
    }

    private static IEnumerable<string> AttributeProblems(string path, JsonObject a, bool extension)
    {
        if (!a.Attr("name").IsString()) yield return $"{path}: name is {a.Attr("name").Show()}";
        // An extension's data type of its own is a SHOULD NOT (RFC 7643 §2.3), which DSC-070 warns about; here it is not malformed.
        if (!Types.Contains(a.Text("type")) && !(extension && ExtensionConventions.IsNewDataType(a.Text("type"))))
            yield return $"{path}: type is {a.Attr("type").Show()}";
        if (!a.Attr("multiValued").IsBoolean()) yield return $"{path}: multiValued is {a.Attr("multiValued").Show()}";
        foreach (var flag in new[] { "required", "caseExact" })
            if (a.Has(flag) && !a.Attr(flag).IsBoolean()) yield return $"{path}: {flag} is {a.Attr(flag).Show()}, not a boolean";
    }

    private static IEnumerable<string> CharacteristicProblems(string path, JsonObject a)
    {
        if (!a.Attr("required").IsBoolean()) yield return $"{path}: required missing";
        if (a.Text("type") is "string" or "reference" or "binary" && !a.Attr("caseExact").IsBoolean()) yield return $"{path}: caseExact missing";
        if (!Mutabilities.Contains(a.Text("mutability"))) yield return $"{path}: mutability {a.Attr("mutability").Show()}";
        if (!Returns.Contains(a.Text("returned"))) yield return $"{path}: returned {a.Attr("returned").Show()}";
        if (a.Text("type") != "complex" && !Uniquenesses.Contains(a.Text("uniqueness"))) yield return $"{path}: uniqueness {a.Attr("uniqueness").Show()}";
    }

    /// <summary>Applies a check to every attribute and sub-attribute of every schema the endpoint serves.</summary>
    /// <remarks>The check is given the schema's id, the attribute's path and its definition.</remarks>
    private static async Task<IReadOnlyList<string>> CollectAsync(Func<string, string, JsonObject, IEnumerable<string>> check)
    {
        var schemas = await ReadListAsync(SchemasPath);
        Verify.Precondition(schemas.Count > 0, "/Schemas listed no schema.");
        var problems = new List<string>();
        foreach (var schema in schemas)
        {
            var id = schema.Text("id") ?? "";
            Walk(schema.Text("name") ?? schema.Text("id") ?? "?", schema.Array("attributes"), (path, a) => check(id, path, a), problems);
        }
        return problems;
    }

    private static void Walk(string prefix, JsonArray? attributes, Func<string, JsonObject, IEnumerable<string>> check, List<string> problems)
    {
        foreach (var attribute in attributes?.OfType<JsonObject>() ?? [])
        {
            var path = $"{prefix}.{attribute.Text("name") ?? "?"}";
            problems.AddRange(check(path, attribute));
            Walk(path, attribute.Array("subAttributes"), check, problems);
        }
    }
}
