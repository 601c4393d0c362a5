using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Core.Patching;

/// <summary>
/// Schema-aware equality of attribute values: strings honour caseExact, dateTimes compare as instants,
/// numbers by value, complex values sub-attribute by sub-attribute (unassigned equals absent).
/// </summary>
internal static class ValueEquality
{
    public static bool Equal(AttributeDefinition attribute, JsonNode? left, JsonNode? right)
    {
        var leftUnassigned = JsonMembers.IsUnassigned(left);
        var rightUnassigned = JsonMembers.IsUnassigned(right);
        if (leftUnassigned || rightUnassigned) return leftUnassigned && rightUnassigned;
        if (attribute.MultiValued && left is JsonArray la && right is JsonArray ra)
        {
            var element = attribute with { MultiValued = false };
            return la.Count == ra.Count && la.All(l => ra.Any(r => Equal(element, l, r))) && ra.All(r => la.Any(l => Equal(element, l, r)));
        }
        if (left is JsonObject lo && right is JsonObject ro)
            return Contains(attribute, lo, ro) && Contains(attribute, ro, lo);
        if (left is JsonValue lv && right is JsonValue rv) return Primitive(attribute, lv, rv);
        return false;
    }

    /// <summary>
    /// True when <paramref name="pattern"/> describes <paramref name="element"/>: every sub-attribute the pattern
    /// assigns has the same value in the element. Used to remove members given as [{"value": "id"}].
    /// </summary>
    public static bool Matches(AttributeDefinition attribute, JsonNode? element, JsonNode? pattern)
    {
        if (pattern is JsonObject po && element is JsonObject eo) return Contains(attribute, po, eo);
        return Equal(attribute with { MultiValued = false }, element, pattern);
    }

    private static bool Contains(AttributeDefinition attribute, JsonObject subset, JsonObject whole)
    {
        foreach (var (key, value) in subset)
        {
            if (JsonMembers.IsUnassigned(value)) continue;
            var sub = attribute.Sub(key) ?? new AttributeDefinition { Name = key, CaseExact = true };
            if (!Equal(sub, value, JsonMembers.Get(whole, key))) return false;
        }
        return true;
    }

    private static bool Primitive(AttributeDefinition attribute, JsonValue left, JsonValue right)
    {
        var kind = left.GetValueKind();
        if (kind != right.GetValueKind()) return false;
        switch (kind)
        {
            case JsonValueKind.Number:
                return left.GetValue<decimal>() == right.GetValue<decimal>();
            case JsonValueKind.String:
                var l = left.GetValue<string>();
                var r = right.GetValue<string>();
                if (attribute.Type == "dateTime" && ScimDateTime.TryParse(l, out var lt) && ScimDateTime.TryParse(r, out var rt)) return lt == rt;
                return string.Equals(l, r, attribute.CaseExact || attribute.Type == "binary" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
            default:
                return JsonNode.DeepEquals(left, right);
        }
    }
}
