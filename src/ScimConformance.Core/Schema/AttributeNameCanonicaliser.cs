using System.Text.Json.Nodes;

namespace ScimConformance.Core.Schema;

/// <summary>
/// SCIM attribute names and schema URNs are case-insensitive (RFC 7643 §2.1), JSON Schema's are not:
/// this rewrites a copy of a resource so every member the schema knows carries the schema's spelling,
/// and drops members whose value is null.
/// </summary>
public static class AttributeNameCanonicaliser
{
    /// <summary>Returns a deep copy of <paramref name="resource"/> with member names spelled as in <paramref name="schema"/>.</summary>
    public static JsonNode Canonicalise(JsonNode resource, JsonObject schema)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return Rewrite(resource.DeepClone(), schema);
    }

    private static JsonNode Rewrite(JsonNode node, JsonNode? schema)
    {
        switch (node)
        {
            case JsonObject obj when schema is JsonObject s && s["properties"] is JsonObject properties:
                var known = properties.Select(p => p.Key).ToArray();
                var result = new JsonObject();
                foreach (var (name, value) in obj.ToArray())
                {
                    obj.Remove(name);
                    // RFC 7643 §2.5: null is the same state as unassigned, so it is neither a type error nor "present".
                    if (value is null || value.GetValueKind() == System.Text.Json.JsonValueKind.Null) continue;
                    var canonical = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.Ordinal))
                        ?? known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
                        ?? name;
                    // Two spellings of one attribute: keep the first, the second is still visible under its own name.
                    var target = result.ContainsKey(canonical) ? name : canonical;
                    result[target] = Rewrite(value, properties[canonical]);
                }
                return result;
            case JsonArray array when schema is JsonObject s && s["items"] is { } items:
                for (var i = 0; i < array.Count; i++)
                    if (array[i] is { } item)
                    {
                        array[i] = null; // detach before re-parenting the rewritten item
                        array[i] = Rewrite(item, items);
                    }
                return array;
            default:
                return node;
        }
    }
}
