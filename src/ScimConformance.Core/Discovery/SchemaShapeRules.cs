using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ScimConformance.Core.Discovery;

/// <summary>
/// The structural rules of RFC 7643 that a Schema resource's attribute definitions must obey, read from the document
/// as served: names follow ATTRNAME (§2.1), only complex attributes have sub-attributes (§1.2, §2.3.8), and a complex
/// attribute's sub-attributes are not complex (§2.3.8; the Schema resource of §7 describes itself and is exempt).
/// </summary>
public static partial class SchemaShapeRules
{
    public const string NameRule = "R7643-2.1-03";
    public const string SimpleRule = "R7643-1.2-01";
    public const string NestingRule = "R7643-2.3.8-02";

    /// <summary>One broken rule: the requirement it breaks and where.</summary>
    public sealed record Violation(string RequirementId, string Message);

    // RFC 7643 §2.1: ATTRNAME = ALPHA *(nameChar), nameChar = "$" / "-" / "_" / DIGIT / ALPHA; "$ref" is the one reserved
    // name that does not start with a letter.
    [GeneratedRegex("^(?:[A-Za-z][A-Za-z0-9$_-]*|\\$ref)$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeName();

    public static IReadOnlyList<Violation> Check(JsonObject schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var id = schema["id"] is JsonValue v && v.TryGetValue(out string? text) ? text : "(no id)";
        var violations = new List<Violation>();
        foreach (var attribute in Definitions(schema["attributes"]))
            // The schema of Schema resources describes itself: its attributes nest complex ones by design.
            Visit(attribute, $"{id}:", nested: false, selfDescribing: string.Equals(id, ScimUris.Schema, StringComparison.OrdinalIgnoreCase), violations);
        return violations;
    }

    private static void Visit(JsonObject attribute, string parent, bool nested, bool selfDescribing, List<Violation> violations)
    {
        var name = Text(attribute, "name") ?? "(unnamed)";
        var path = parent.EndsWith(':') ? parent + name : $"{parent}.{name}";
        var type = Text(attribute, "type");
        if (!AttributeName().IsMatch(name))
            violations.Add(new(NameRule, $"{path}: the name \"{name}\" is not ATTRNAME (a letter, then letters, digits, '$', '-' or '_')."));
        var subAttributes = Definitions(attribute["subAttributes"]);
        if (!string.Equals(type, "complex", StringComparison.OrdinalIgnoreCase))
        {
            if (subAttributes.Length > 0)
                violations.Add(new(SimpleRule, $"{path}: type {type ?? "(none)"} is not complex, yet it declares {subAttributes.Length} sub-attribute(s)."));
            return;
        }
        if (nested && !selfDescribing)
            violations.Add(new(NestingRule, $"{path}: a sub-attribute of a complex attribute is itself complex."));
        foreach (var sub in subAttributes) Visit(sub, path, nested: true, selfDescribing, violations);
    }

    private static JsonObject[] Definitions(JsonNode? node) => (node as JsonArray)?.OfType<JsonObject>().ToArray() ?? [];

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
