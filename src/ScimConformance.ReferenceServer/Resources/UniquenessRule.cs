using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// uniqueness server (RFC 7643 section 7) for extension attributes: no other resource of the type in the tenant holds
/// the same value, compared without regard to case unless the attribute is caseExact; a clash is 409 uniqueness
/// (RFC 7644 section 3.3). The core userName has its indexed check in <see cref="UserRules"/>.
/// </summary>
internal static class UniquenessRule
{
    public static void Check(ResourceKind kind, JsonObject content, string id, ResourceStore store)
    {
        foreach (var extension in kind.Extensions)
        {
            if (content[extension.Id] is not JsonObject holder) continue;
            foreach (var attribute in extension.Attributes.Where(a => a.IsServerUnique && !a.MultiValued && !a.IsComplex))
            {
                if (holder[attribute.Name] is JsonValue value && value.TryGetValue(out string? text)
                    && store.ValueTaken(kind.Name, new AttributeRef(extension, attribute, null).JsonPath, text, attribute.CaseExact, id))
                {
                    throw new ScimException(409, ScimErrorType.Uniqueness, $"Another {kind.Name} already has this {attribute.Name}.");
                }
            }
        }
    }
}
