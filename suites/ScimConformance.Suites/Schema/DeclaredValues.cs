using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Schema;

/// <summary>Finds, in a served resource, the values at attributes and sub-attributes its schemas (core and extensions) declare of one type.</summary>
internal static class DeclaredValues
{
    /// <summary>Each value of the resource whose declared type is <paramref name="type"/>, with its path.</summary>
    public static IEnumerable<(string Path, JsonNode Value)> OfType(DiscoveryResult discovery, string resourceType, JsonObject resource, string type)
    {
        var definition = discovery.ResourceType(resourceType);
        if (definition is null) yield break;
        var parts = new[] { (Holder: (JsonObject?)resource, Schema: discovery.Schema(definition.Schema), Prefix: "") }
            .Concat(definition.Extensions.Select(e => (Holder: resource.Attr(e.Schema) as JsonObject, Schema: discovery.Schema(e.Schema), Prefix: e.Schema + ":")));
        foreach (var (holder, schema, prefix) in parts)
        {
            if (holder is null || schema is null) continue;
            foreach (var attribute in schema.Attributes)
                foreach (var found in Walk(prefix + attribute.Name, holder.Attr(attribute.Name), attribute, type))
                    yield return found;
        }
    }

    /// <summary>The writable singular top-level attributes of the type's schemas declared of <paramref name="type"/>, as (extension URN or null, name).</summary>
    public static IEnumerable<(string? Extension, AttributeDefinition Attribute)> Writable(DiscoveryResult discovery, string resourceType, string type)
    {
        var definition = discovery.ResourceType(resourceType);
        if (definition is null) return [];
        var schemas = new[] { (Extension: (string?)null, Schema: discovery.Schema(definition.Schema)) }
            .Concat(definition.Extensions.Select(e => (Extension: (string?)e.Schema, Schema: discovery.Schema(e.Schema))));
        return schemas.Where(s => s.Schema is not null)
            .SelectMany(s => s.Schema!.Attributes
                .Where(a => a.Type == type && !a.MultiValued && a.Mutability is "readWrite" or "immutable" && a.CanonicalValues.Count == 0)
                .Select(a => (s.Extension, a)));
    }

    private static IEnumerable<(string Path, JsonNode Value)> Walk(string path, JsonNode? node, AttributeDefinition attribute, string type)
    {
        foreach (var item in node is JsonArray array ? array.ToArray() : [node])
        {
            if (item is null) continue;
            if (attribute.Type == type && item is JsonValue) yield return (path, item);
            if (item is not JsonObject complex) continue;
            foreach (var sub in attribute.SubAttributes)
                foreach (var found in Walk($"{path}.{sub.Name}", complex.Attr(sub.Name), sub, type))
                    yield return found;
        }
    }
}
