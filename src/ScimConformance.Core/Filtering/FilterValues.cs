using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Json;

namespace ScimConformance.Core.Filtering;

/// <summary>Reads the values an attribute path selects from a resource or a multi-valued element.</summary>
internal static class FilterValues
{
    /// <summary>
    /// Every non-null value at <paramref name="path"/> below <paramref name="container"/>, with arrays flattened
    /// (any-value semantics for multi-valued attributes). Attribute names match case-insensitively.
    /// </summary>
    public static List<JsonNode> Select(JsonObject container, AttributePath path)
    {
        var result = new List<JsonNode>();
        foreach (var top in Flatten(Member(container, path.Name)))
        {
            if (path.SubAttribute is null) result.Add(top);
            else if (top is JsonObject element) result.AddRange(Flatten(Member(element, path.SubAttribute)));
        }
        return result;
    }

    public static JsonNode? Member(JsonObject container, string name) => ScimMembers.Member(container, name);

    /// <summary>RFC 7644 §3.4.2.2 "pr": has a non-empty value. Null, "", [] and {} (or containers of only such) are absent.</summary>
    public static bool IsPresent(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Any(IsPresent),
        JsonObject obj => obj.Any(p => IsPresent(p.Value)),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.Null => false,
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            _ => true,
        },
        _ => false,
    };

    /// <summary>Not missing and not JSON null (RFC 7643 §2.5: null is equivalent to unassigned).</summary>
    public static bool IsAssigned(JsonNode? node) => node is not null && (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Null);

    private static IEnumerable<JsonNode> Flatten(JsonNode? node)
    {
        switch (node)
        {
            case null:
                yield break;
            case JsonArray array:
                foreach (var item in array.SelectMany(Flatten)) yield return item;
                yield break;
            case JsonValue when !IsAssigned(node):
                yield break;
            default:
                yield return node;
                yield break;
        }
    }
}
