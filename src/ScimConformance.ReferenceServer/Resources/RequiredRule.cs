using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// required (RFC 7643 section 7) wherever a value's presence makes it apply: a required attribute of an extension
/// whenever the extension is present, a required sub-attribute whenever its complex value is present. (The core
/// userName and Group displayName have their own checks in <see cref="UserRules"/> and <see cref="GroupRules"/>.)
/// </summary>
internal static class RequiredRule
{
    public static void Check(ResourceKind kind, JsonObject content, ResourceWrite write)
    {
        CheckAttributes(kind.Core.Attributes, content, write, topLevelRequired: false);
        foreach (var extension in kind.Extensions)
        {
            if (content[extension.Id] is JsonObject holder)
            {
                CheckAttributes(extension.Attributes, holder, write, topLevelRequired: true);
            }
        }
    }

    private static void CheckAttributes(IEnumerable<SchemaAttribute> attributes, JsonObject holder, ResourceWrite write, bool topLevelRequired)
    {
        foreach (var attribute in attributes)
        {
            var value = holder[attribute.Name];
            if (value is null)
            {
                if (topLevelRequired && attribute.Required) throw Missing(attribute.Name, write);
                continue;
            }

            var required = attribute.SubAttributes.Where(s => s.Required).ToArray();
            var items = value is JsonArray array ? array.OfType<JsonObject>() : value is JsonObject single ? [single] : [];
            foreach (var item in items)
            {
                if (required.FirstOrDefault(s => item[s.Name] is null) is { } missing) throw Missing($"{attribute.Name}.{missing.Name}", write);
            }
        }
    }

    // A create or replace without the value is an invalid value; a PATCH that takes it away changes what may not change.
    private static ScimException Missing(string name, ResourceWrite write) => write == ResourceWrite.Patch
        ? ScimException.BadRequest(ScimErrorType.Mutability, $"{name} is required and cannot be removed.")
        : ScimException.BadRequest(ScimErrorType.InvalidValue, $"{name} is required.");
}
