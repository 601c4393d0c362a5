using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>
/// RFC 7643 §2.4 allows "primary": true on at most one value; RFC 7644 §3.5.2 makes setting it on one
/// value clear it on the others. Values the operation did not write lose the flag (set to false).
/// </summary>
internal static class PrimaryRule
{
    public static void Apply(AttributeDefinition attribute, JsonArray values, IReadOnlyCollection<JsonNode?> written)
    {
        if (attribute.Sub("primary") is not { Type: "boolean" } primary) return;
        var winners = written.OfType<JsonObject>().Where(w => JsonMembers.IsTrue(JsonMembers.Get(w, primary.Name))).ToArray();
        if (winners.Length > 1)
            throw PatchRejectedException.InvalidValue($"The operation marks {winners.Length} values of \"{attribute.Name}\" as primary; at most one may be.");
        if (winners.Length == 0) return;
        foreach (var other in values.OfType<JsonObject>())
            if (!ReferenceEquals(other, winners[0]) && JsonMembers.IsTrue(JsonMembers.Get(other, primary.Name)))
                JsonMembers.Set(other, primary.Name, false);
    }
}
