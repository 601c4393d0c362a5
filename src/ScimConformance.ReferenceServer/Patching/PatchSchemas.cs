using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Patching;

/// <summary>
/// An add or replace whose path is "schemas" (RFC 7644 section 3.5.2: an operation may alter schemas, and later operations
/// see the change). This server lists in schemas the core schema and every extension the content holds, so such an
/// operation changes nothing stored: it is accepted when it names only schemas of the resource type.
/// </summary>
internal static class PatchSchemas
{
    public static bool Targets(PatchOperation operation) =>
        operation.Op != "remove" && string.Equals(operation.Path, "schemas", StringComparison.OrdinalIgnoreCase);

    public static void Check(ResourceKind kind, PatchOperation operation)
    {
        var values = operation.Value as JsonArray ?? new JsonArray(operation.Value?.DeepClone());
        foreach (var value in values)
        {
            var urn = value is JsonValue text && text.TryGetValue(out string? s) ? s : null;
            if (urn is null || (!string.Equals(urn, kind.Core.Id, StringComparison.OrdinalIgnoreCase) && kind.FindExtension(urn) is null))
            {
                throw ScimException.BadRequest(ScimErrorType.InvalidValue, $"schemas may name only {kind.Core.Id} and the extensions of {kind.Name}; got {value?.ToJsonString() ?? "null"}.");
            }
        }
    }

    /// <summary>The extension an operation's path names by URN, if any.</summary>
    public static ResourceSchema? ExtensionOf(ResourceKind kind, PatchOperation operation) =>
        operation.Path is { } path
            ? kind.Extensions.FirstOrDefault(e => path.Equals(e.Id, StringComparison.OrdinalIgnoreCase) || path.StartsWith(e.Id + ":", StringComparison.OrdinalIgnoreCase))
            : null;
}
