using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// RFC 7644 section 3.5.1: a PUT may set an immutable attribute that has no value yet, but may not change
/// one that has (400 mutability). Top-level and extension attributes; sub-attributes of multi-valued
/// complex values (such as members.value) belong to values that are added or removed as a whole.
/// </summary>
internal static class ImmutableRule
{
    public static void Check(ResourceKind kind, JsonObject stored, JsonObject replacement)
    {
        foreach (var attribute in kind.Core.Attributes.Where(a => a.Mutability == "immutable"))
        {
            Compare(attribute.Name, stored[attribute.Name], replacement[attribute.Name]);
        }

        foreach (var extension in kind.Extensions)
        {
            foreach (var attribute in extension.Attributes.Where(a => a.Mutability == "immutable"))
            {
                Compare(attribute.Name, stored[extension.Id]?[attribute.Name], replacement[extension.Id]?[attribute.Name]);
            }
        }
    }

    private static void Compare(string name, JsonNode? stored, JsonNode? replacement)
    {
        if (stored is not null && !JsonNode.DeepEquals(stored, replacement))
        {
            throw ScimException.BadRequest(ScimErrorType.Mutability, $"{name} is immutable and already has a value; a PUT cannot change it.");
        }
    }
}
