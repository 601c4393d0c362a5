using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer.Patching;

/// <summary>
/// Drops an "id" member equal to the resource's own id from a no-path add/replace value: setting the
/// readOnly id to the value it already has is no modification, and identity providers (Okta's group
/// rename) send it. Any other id still reaches the readOnly check and is refused.
/// </summary>
internal static class PatchOwnId
{
    public static PatchOperation Drop(PatchOperation operation, string id)
    {
        if (operation.Path is not null || operation.Value is not JsonObject value)
        {
            return operation;
        }

        var own = value.KeysNamed("id").Where(k => value[k] is JsonValue v && v.TryGetValue(out string? given) && string.Equals(given, id, StringComparison.Ordinal)).ToArray();
        if (own.Length == 0)
        {
            return operation;
        }

        var copy = (JsonObject)value.DeepClone();
        foreach (var key in own)
        {
            copy.Remove(key);
        }

        return operation with { Value = copy };
    }
}
