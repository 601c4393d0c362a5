using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// Turns a POST/PUT body into the resource's writable content: attribute names matched without regard
/// to case (RFC 7643 section 2.1) and rewritten in schema casing, readOnly attributes disregarded
/// (RFC 7644 section 3.3), unknown attributes ignored, extension attributes kept under their URN.
/// The result holds no schemas, id or meta; <see cref="ResourceDocument"/> adds those.
/// </summary>
internal static class ResourceNormalizer
{
    public static JsonObject Normalize(JsonObject body, ResourceKind kind)
    {
        RequireCoreSchema(body, kind);
        var content = new JsonObject();
        foreach (var (key, value) in body)
        {
            if (kind.FindExtension(key) is { } extension)
            {
                if (NormalizeExtension(value, extension) is { } extensionContent)
                {
                    content[extension.Id] = extensionContent;
                }

                continue;
            }

            var reference = AttributeResolver.Resolve(kind, key);
            if (reference is null || reference.SubAttribute is not null || reference.Attribute.IsReadOnly)
            {
                continue;
            }

            var converted = ValueConverter.Convert(value, reference.Attribute);
            if (converted is null)
            {
                continue;
            }

            if (reference.Extension is { } owner)
            {
                var holder = content[owner.Id] as JsonObject ?? new JsonObject();
                holder[reference.Attribute.Name] = converted;
                content[owner.Id] = holder;
            }
            else
            {
                content[reference.Attribute.Name] = converted;
            }
        }

        return content;
    }

    private static JsonObject? NormalizeExtension(JsonNode? value, ResourceSchema extension)
    {
        if (value is null)
        {
            return null;
        }

        if (value is not JsonObject extensionObject)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, $"'{extension.Id}' must be a JSON object of extension attributes.");
        }

        var result = new JsonObject();
        foreach (var (key, subValue) in extensionObject)
        {
            var attribute = extension.Find(key);
            if (attribute is null || attribute.IsReadOnly)
            {
                continue;
            }

            if (ValueConverter.Convert(subValue, attribute) is { } converted)
            {
                result[attribute.Name] = converted;
            }
        }

        return result.Count == 0 ? null : result;
    }

    private static void RequireCoreSchema(JsonObject body, ResourceKind kind)
    {
        var schemas = body.Member("schemas");
        if (schemas is not JsonArray list || !list.Any(s => s is JsonValue v && v.TryGetValue(out string? urn)
                && string.Equals(urn, kind.Core.Id, StringComparison.OrdinalIgnoreCase)))
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidSyntax,
                $"The request body must carry a \"schemas\" array that includes \"{kind.Core.Id}\".");
        }
    }
}
