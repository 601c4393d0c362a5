using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Patching;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources.Seams;

/// <summary>Points of POST (RFC 7644 section 3.3), PUT (section 3.5.1) and PATCH (section 3.5.2) where a write may deviate from what the client asked.</summary>
internal interface IWriteSeam
{
    /// <summary>POST and PUT: the body turned into the resource's writable content.</summary>
    JsonObject Normalizing(JsonObject body, ResourceKind kind, ResourceWrite write) => ResourceNormalizer.Normalize(body, kind);

    /// <summary>PUT: the id of the resource the body replaces, which is the one the request URI names.</summary>
    string Target(ResourceStore store, ResourceKind kind, string id, JsonObject body) => id;

    /// <summary>PUT and PATCH: immutable values that already exist stay as they are.</summary>
    void Immutable(ResourceKind kind, JsonObject stored, JsonObject changed, ResourceWrite write) => ImmutableRule.Check(kind, stored, changed, write);

    /// <summary>PUT: the request body beside its validated replacement; the body's null and [] members unassign (RFC 7643 section 2.5).</summary>
    void Unassigning(JsonObject body, JsonObject stored, JsonObject replacement)
    {
    }

    /// <summary>PUT: the validated replacement, about to be stored in place of <paramref name="stored"/>.</summary>
    void Replacing(JsonObject stored, JsonObject replacement)
    {
    }

    /// <summary>PUT: where the resource ended up when the write moved it to another id; null when it stayed (always, per RFC 7643 section 3.1).</summary>
    JsonObject? MovedBy(ResourceStore store, ResourceKind kind, string id, JsonObject body) => null;

    /// <summary>
    /// PATCH: an operation as the server applies it. Identity providers (Okta's group rename) resend the resource's own
    /// id in a no-path replace; setting the readOnly id to the value it has modifies nothing, so that member is dropped.
    /// </summary>
    PatchOperation Reading(PatchOperation operation, string id) => PatchOwnId.Drop(operation, id);

    /// <summary>PATCH: operation <paramref name="index"/> about to apply, on the result of those before it (RFC 7644 section 3.5.2).</summary>
    void Sequencing(JsonObject stored, ResourceKind kind, IReadOnlyList<PatchOperation> operations, int index)
    {
    }

    /// <summary>PATCH: the content to store for the patched content; the same instance when the server stores what it answers.</summary>
    JsonObject Storing(JsonObject stored, JsonObject patched) => patched;
}
