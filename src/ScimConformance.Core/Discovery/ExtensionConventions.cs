using System.Text.Json.Nodes;

namespace ScimConformance.Core.Discovery;

/// <summary>
/// The conventions RFC 7643 §2.3 and §3.3 ask of extension schemas, read from the /Schemas documents as served: their
/// attributes use the eight SCIM data types, and they do not redefine an attribute the core schema (or the common
/// attributes of §3.1) already names.
/// </summary>
public static class ExtensionConventions
{
    public static readonly IReadOnlyList<string> DataTypes = ["string", "boolean", "decimal", "integer", "dateTime", "binary", "reference", "complex"];

    private static readonly string[] CommonAttributes = ["id", "externalId", "meta", "schemas"];

    /// <summary>
    /// A type name that is none of the eight in any spelling: a data type of the extension's own (RFC 7643 §2.3, SHOULD NOT).
    /// A missing type or one of the eight in other capitals is a malformed definition instead, which DSC-018 judges (MUST).
    /// </summary>
    public static bool IsNewDataType(string? type) => type is not null && !DataTypes.Contains(type, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every attribute and sub-attribute of the schema whose type is a data type of its own (<see cref="IsNewDataType"/>), as "path: type".</summary>
    public static IReadOnlyList<string> UndefinedTypes(JsonObject schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var found = new List<string>();
        Walk(IdOf(schema), schema["attributes"] as JsonArray, found);
        return found;
    }

    /// <summary>The top-level attribute names of the extension that the core schema or the common attributes already define.</summary>
    public static IReadOnlyList<string> RedefinedNames(JsonObject core, JsonObject extension)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(extension);
        var taken = Names(core).Concat(CommonAttributes).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Names(extension).Where(taken.Contains).ToArray();
    }

    public static string IdOf(JsonObject schema) => schema["id"] is JsonValue v && v.TryGetValue(out string? id) ? id : "(no id)";

    private static IEnumerable<string> Names(JsonObject schema) =>
        (schema["attributes"] as JsonArray)?.OfType<JsonObject>()
            .Select(a => a["name"] is JsonValue v && v.TryGetValue(out string? name) ? name : null)
            .OfType<string>() ?? [];

    private static void Walk(string prefix, JsonArray? attributes, List<string> found)
    {
        foreach (var attribute in attributes?.OfType<JsonObject>() ?? [])
        {
            var name = attribute["name"] is JsonValue n && n.TryGetValue(out string? text) ? text : "?";
            var type = attribute["type"] is JsonValue t && t.TryGetValue(out string? typeText) ? typeText : null;
            if (IsNewDataType(type))
                found.Add($"{prefix}:{name}: type {attribute["type"]!.ToJsonString()}");
            Walk($"{prefix}:{name}", attribute["subAttributes"] as JsonArray, found);
        }
    }
}
