using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// Turns a POST/PUT body into the resource's writable content: attribute names matched without regard
/// to case (RFC 7643 section 2.1) and rewritten in schema casing, readOnly attributes disregarded
/// (RFC 7644 section 3.3), unknown attributes ignored, extension attributes kept under their URN, which the
/// body's schemas must list (RFC 7643 section 3: schemas names every schema whose attributes the body uses).
/// The result holds no schemas, id or meta; <see cref="ResourceDocument"/> adds those.
/// </summary>
internal static class ResourceNormalizer
{
    /// <param name="extensionsMustBeListed">False under the switch that accepts extension data its schemas leaves out.</param>
    /// <param name="refuseUnknown">True under the switch that refuses attributes /Schemas does not declare (400 invalidPath).</param>
    public static JsonObject Normalize(JsonObject body, ResourceKind kind, bool extensionsMustBeListed = true, bool refuseUnknown = false)
    {
        var listed = ListedSchemas(body, kind);
        var content = new JsonObject();
        foreach (var (key, value) in body)
        {
            if (kind.FindExtension(key) is { } extension)
            {
                if (NormalizeExtension(value, extension, refuseUnknown) is { } extensionContent)
                {
                    RequireListed(extension, listed, extensionsMustBeListed);
                    content[extension.Id] = extensionContent;
                }

                continue;
            }

            var reference = AttributeResolver.Resolve(kind, key);
            if (reference is null && refuseUnknown && !IsEnvelope(key))
            {
                throw Undeclared(key, kind.Name);
            }

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
                RequireListed(owner, listed, extensionsMustBeListed);
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

    private static JsonObject? NormalizeExtension(JsonNode? value, ResourceSchema extension, bool refuseUnknown)
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
            if (attribute is null && refuseUnknown)
            {
                throw Undeclared($"{extension.Id}:{key}", extension.Name);
            }

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

    /// <summary>The URNs the body's schemas lists; the core schema must be among them.</summary>
    private static HashSet<string> ListedSchemas(JsonObject body, ResourceKind kind)
    {
        var urns = body.Member("schemas") is JsonArray list
            ? list.Select(s => s is JsonValue v && v.TryGetValue(out string? urn) ? urn : null).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        if (!urns.Contains(kind.Core.Id))
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidSyntax,
                $"The request body must carry a \"schemas\" array that includes \"{kind.Core.Id}\".");
        }

        return urns;
    }

    private static void RequireListed(ResourceSchema extension, HashSet<string> listed, bool mustBeListed)
    {
        if (mustBeListed && !listed.Contains(extension.Id))
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidSyntax,
                $"The body carries attributes of \"{extension.Id}\", so its \"schemas\" must list that URN.");
        }
    }

    private static bool IsEnvelope(string key) => key.Equals("schemas", StringComparison.OrdinalIgnoreCase);

    private static ScimException Undeclared(string name, string schemaName) =>
        ScimException.BadRequest(ScimErrorType.InvalidPath, $"'{name}' is not an attribute of the {schemaName} schema.");
}
