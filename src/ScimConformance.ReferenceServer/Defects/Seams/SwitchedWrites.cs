using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Patching;
using ScimConformance.ReferenceServer.Resources;
using ScimConformance.ReferenceServer.Resources.Seams;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Defects.Seams;

/// <summary>PUT and PATCH under the switches that change what is stored: the active flag, the body's id, the own-id PATCH.</summary>
internal sealed class SwitchedWrites(DefectSwitches defects) : IWriteSeam
{
    public void Replacing(JsonObject stored, JsonObject replacement)
    {
        if (defects.IsOn(LifecycleDefects.PutActiveIgnored))
        {
            KeepStoredActive(stored, replacement);
        }

        IgnoreReactivation(stored, replacement);
    }

    /// <summary>The put-body-id-honoured defect: the resource moves to the (readOnly) id the PUT body carries.</summary>
    public JsonObject? MovedBy(ResourceStore store, ResourceKind kind, string id, JsonObject body)
    {
        if (!defects.IsOn(WriteDefects.PutBodyIdHonoured) || body["id"] is not JsonValue value || !value.TryGetValue(out string? newId)
            || string.IsNullOrEmpty(newId) || newId == id || store.IdInUse(newId))
        {
            return null;
        }

        var moved = store.Get(kind.Name, id)!;
        moved["id"] = newId;
        store.Delete(kind.Name, id);
        store.Insert(kind.Name, newId, moved);
        return moved;
    }

    // The patch-readonly-id-rejected defect keeps the own id, which then fails the readOnly check.
    public PatchOperation Reading(PatchOperation operation, string id) =>
        defects.IsOn(ProfileDefects.PatchReadOnlyIdRejected) ? operation : PatchOwnId.Drop(operation, id);

    public JsonObject Storing(JsonObject stored, JsonObject patched)
    {
        IgnoreReactivation(stored, patched);
        if (defects.IsOn(LifecycleDefects.DeactivationIgnored) && ActiveOf(patched) == false && ActiveOf(ResourceDocument.ContentOf(stored)) != false)
        {
            // The deactivation-ignored defect answers with the patched view but stores the user still active.
            var kept = patched.DeepClone().AsObject();
            KeepStoredActive(stored, kept);
            return kept;
        }

        return patched;
    }

    /// <summary>The reactivation-ignored defect: a deactivated user stays inactive whatever the write says.</summary>
    private void IgnoreReactivation(JsonObject stored, JsonObject content)
    {
        if (defects.IsOn(LifecycleDefects.ReactivationIgnored) && ActiveOf(ResourceDocument.ContentOf(stored)) == false && ActiveOf(content) == true)
        {
            content["active"] = false;
        }
    }

    private static bool? ActiveOf(JsonObject content) =>
        content["active"] is JsonValue value && value.TryGetValue(out bool active) ? active : null;

    /// <summary>Puts the stored active value back into content about to be stored.</summary>
    private static void KeepStoredActive(JsonObject stored, JsonObject content)
    {
        var active = ResourceDocument.ContentOf(stored)["active"];
        content.Remove("active");
        if (active is not null)
        {
            content["active"] = active.DeepClone();
        }
    }
}
