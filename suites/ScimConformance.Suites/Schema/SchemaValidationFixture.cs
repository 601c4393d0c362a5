using System.Text.Json.Nodes;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Schema;

/// <summary>Validates what the endpoint returns against the JSON Schema built from its own /Schemas.</summary>
public abstract class SchemaValidationFixture : ScimFixture
{
    protected const string TypeRule = "R7643-2.3-02";

    /// <summary>
    /// Validates the resource's shape. Attributes declared returned=never are left out first: whether they
    /// leak is a separate rule with its own checks (USR-008 to USR-011), and one defect should fail one kind of check.
    /// </summary>
    protected static void CheckAgainstOwnSchema(string resourceType, JsonObject? resource, string source)
    {
        Verify.Precondition(resource is not null, $"{source} returned no JSON resource to validate.");
        var violations = Run.Validator.Validate(resourceType, WithoutNeverReturned(resourceType, resource!));
        Verify.That(violations.Count == 0, TypeRule,
            $"{source}: the {resourceType} does not match the endpoint's own /Schemas definition; {violations.Count} problem(s): {string.Join("; ", violations.Take(10))}.");
    }

    private static JsonObject WithoutNeverReturned(string resourceType, JsonObject resource)
    {
        var copy = (JsonObject)resource.DeepClone();
        if (Run.Discovery.ResourceType(resourceType) is not { } type) return copy;
        Strip(copy, type.Schema);
        foreach (var extension in type.Extensions)
            if (copy.Attr(extension.Schema) is JsonObject part) Strip(part, extension.Schema);
        return copy;
    }

    private static void Strip(JsonObject target, string schemaId)
    {
        var never = Run.Discovery.Schema(schemaId)?.Attributes
            .Where(a => string.Equals(a.Returned, "never", StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        foreach (var key in target.Select(p => p.Key).Where(never.Contains).ToArray())
            target.Remove(key);
    }
}
