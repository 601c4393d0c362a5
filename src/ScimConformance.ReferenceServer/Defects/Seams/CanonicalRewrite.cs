using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Defects.Seams;

/// <summary>
/// canonical-value-rewritten: a value outside an enforced canonicalValues list is quietly replaced by the list's first
/// value instead of being refused, as servers that map unknown values to a default do.
/// </summary>
internal static class CanonicalRewrite
{
    public static void Apply(JsonObject body, ResourceKind kind)
    {
        foreach (var schema in kind.AllSchemas)
        {
            var holder = schema == kind.Core ? body : Member(body, schema.Id) as JsonObject;
            if (holder is null) continue;
            foreach (var attribute in schema.Attributes.Where(a => a.CanonicalValuesEnforced && a.CanonicalValues.Count > 0 && !a.MultiValued && a.Type == "string"))
            {
                var key = holder.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, attribute.Name, StringComparison.OrdinalIgnoreCase));
                if (key is null || holder[key] is not JsonValue value || !value.TryGetValue(out string? text)) continue;
                var comparison = attribute.CaseExact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                if (!attribute.CanonicalValues.Any(c => string.Equals(c, text, comparison))) holder[key] = attribute.CanonicalValues[0];
            }
        }
    }

    private static JsonNode? Member(JsonObject body, string name) =>
        body.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
