using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Resources;
using ScimConformance.ReferenceServer.Resources.Seams;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Defects.Seams;

/// <summary>DELETE under the lifecycle switches: soft deletes, a stale search index, cascades and kept memberships.</summary>
internal sealed class SwitchedDeletes(DefectSwitches defects) : IDeleteSeam
{
    // Ids deleted under deleted-user-still-listed: the rows stay (and are listed) while requests by id answer 404.
    private readonly ConcurrentDictionary<string, bool> _tombstones = new(StringComparer.Ordinal);

    public bool Hides(string id) => _tombstones.ContainsKey(id);

    public bool AnswersMissing(ResourceStore store, ResourceKind kind, string id) =>
        defects.IsOn(LifecycleDefects.SecondDeleteReturns204) && (store.Get(kind.Name, id) is null || _tombstones.ContainsKey(id));

    public bool Instead(ResourceStore store, ResourceKind kind, JsonObject existing, ResourceSteps steps)
    {
        if (defects.IsOn(FoundationDefects.SoftDeleteReadable))
        {
            var content = ResourceDocument.ContentOf(existing);
            if (kind.Core.Find("active") is not null)
            {
                content["active"] = false;
            }

            steps.Store(existing, content);
            return true;
        }

        if (kind.Name == "User" && defects.IsOn(LifecycleDefects.DeletedUserStillListed))
        {
            var id = (string)existing["id"]!;
            _tombstones[id] = true;
            steps.LeaveGroups(id);
            return true;
        }

        return false;
    }

    /// <summary>The group-delete-deletes-members defect: a cascade that takes the member users with the group.</summary>
    public void Deleting(ResourceStore store, ResourceKind kind, JsonObject existing, ResourceSteps steps)
    {
        if (kind.Name != "Group" || !defects.IsOn(LifecycleDefects.GroupDeleteDeletesMembers))
        {
            return;
        }

        var members = ResourceDocument.ContentOf(existing)["members"] as JsonArray ?? [];
        foreach (var member in members.OfType<JsonObject>().Where(m => (string?)m["type"] != "Group").Select(m => (string?)m["value"]).OfType<string>().ToArray())
        {
            if (store.Delete("User", member))
            {
                steps.LeaveGroups(member);
            }
        }
    }

    public bool EndsMemberships(ResourceKind kind) => !(kind.Name == "User" && defects.IsOn(LifecycleDefects.MembershipKeptAfterUserDelete));
}
