using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// immutable (RFC 7643 section 7; RFC 7644 sections 3.5.1 and 3.5.2): a value may be set when there is none, and never
/// changed or removed afterwards (400 mutability). A PUT that leaves the attribute out keeps the stored value, since
/// the client could not have cleared it. Top-level and extension attributes; sub-attributes of multi-valued complex
/// values (such as members.value) belong to values that are added or removed as a whole.
/// </summary>
internal static class ImmutableRule
{
    public static void Check(ResourceKind kind, JsonObject stored, JsonObject changed, ResourceWrite write)
    {
        foreach (var attribute in kind.Core.Attributes.Where(a => a.IsImmutable))
        {
            Compare(attribute.Name, stored, changed, write);
        }

        foreach (var extension in kind.Extensions)
        {
            foreach (var attribute in extension.Attributes.Where(a => a.IsImmutable))
            {
                if (stored[extension.Id] is not JsonObject storedHolder || storedHolder[attribute.Name] is null) continue;
                if (changed[extension.Id] is not JsonObject changedHolder)
                {
                    if (write == ResourceWrite.Patch) throw Refused(attribute.Name);
                    changedHolder = new JsonObject();
                    changed[extension.Id] = changedHolder;
                }

                Compare(attribute.Name, storedHolder, changedHolder, write);
            }
        }
    }

    private static void Compare(string name, JsonObject stored, JsonObject changed, ResourceWrite write)
    {
        if (stored[name] is not { } value) return;
        if (changed[name] is null && write == ResourceWrite.Replace)
        {
            changed[name] = value.DeepClone();
            return;
        }

        if (!JsonNode.DeepEquals(value, changed[name])) throw Refused(name);
    }

    private static ScimException Refused(string name) =>
        ScimException.BadRequest(ScimErrorType.Mutability, $"{name} is immutable and already has a value; it cannot be changed.");
}
