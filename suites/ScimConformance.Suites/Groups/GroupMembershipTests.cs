using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Groups;

/// <summary>RFC 7644 §3.5.2 and RFC 7643 §4.1.2/§4.2: changing membership with PATCH, and the user's view of it.</summary>
public sealed class GroupMembershipTests : GroupFixture
{
    [Test]
    [ScimTest("GRP-009", "PATCH add appends members to the group", Areas.Groups, Severity.High, "R7644-3.5.2.1-02", "R7644-3.5.2-10",
        Needs = [Capability.Groups, Capability.Patch],
        Remediation = "Apply {\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":id}]} by appending the member; answer 200 with the group or 204.")]
    public async Task Patch_add_member()
    {
        var first = await NewMemberIdAsync();
        var second = await NewMemberIdAsync();
        // Start empty so that the verdict is about PATCH alone, not about members sent on create (GRP-001).
        var id = IdOf(await CreateGroupAsync());

        var addFirst = await Client.PatchAsync(Endpoints.Group(id), AddMembers(first));
        var addSecond = await Client.PatchAsync(Endpoints.Group(id), AddMembers(second));

        foreach (var patch in new[] { addFirst, addSecond })
            Verify.That(patch.Status is 200 or 204, "R7644-3.5.2-10", $"PATCH add member: expected 200 or 204, got {Describe(patch)}.");
        var read = await ReadGroupAsync(id);
        var members = read.Values("members");
        Verify.That(members.Contains(first) && members.Contains(second), "R7644-3.5.2.1-02",
            $"after two PATCH add operations ({first}, then {second}): expected members to hold both, got {MemberList(read)}.");
    }

    [Test]
    [ScimTest("GRP-010", "PATCH remove with a value filter takes only that member out", Areas.Groups, Severity.High, "R7644-3.5.2.2-03", "R7644-3.5.2-10",
        Needs = [Capability.Groups, Capability.Patch],
        Remediation = "Apply {\"op\":\"remove\",\"path\":\"members[value eq \\\"id\\\"]\"} by deleting only the matching member; answer 200 or 204.")]
    public async Task Patch_remove_member()
    {
        var kept = await NewMemberIdAsync();
        var removed = await NewMemberIdAsync();
        var id = IdOf(await CreateGroupAsync());
        var add = await Client.PatchAsync(Endpoints.Group(id), AddMembers(kept, removed));
        Verify.Precondition(add.IsSuccess && (await ReadGroupAsync(id)).Values("members").Count == 2,
            $"adding the two members this check starts from answered {Describe(add)} or did not take effect (GRP-009 judges that).");

        var patch = await Client.PatchAsync(Endpoints.Group(id), PatchOf(new JsonObject
        {
            ["op"] = "remove",
            ["path"] = $"members[value eq \"{removed}\"]",
        }));

        Verify.That(patch.Status is 200 or 204, "R7644-3.5.2-10", $"PATCH remove member: expected 200 or 204, got {Describe(patch)}.");
        var read = await ReadGroupAsync(id);
        Verify.About("Group", "members");
        Verify.That(read.Values("members").SequenceEqual([kept]), "R7644-3.5.2.2-03",
            $"after PATCH remove {removed}: expected members [{kept}], got {MemberList(read)}.");
    }

    [Test]
    [ScimTest("GRP-011", "A member's groups attribute lists the group by id", Areas.Groups, Severity.Medium, "R7643-4.1.2-06",
        Needs = [Capability.Groups],
        Remediation = "Derive User.groups from group memberships and return it by default (value = group id, $ref = group URI); it is readOnly, returned default.")]
    public async Task User_groups_reflect_membership()
    {
        // RFC 7643 §4.1.2 defines groups as the groups the user belongs to, readOnly and (§8.7.1) returned by default, and
        // when Group resources are exposed its value MUST be the group's id: a member whose groups leaves the group out
        // misstates a membership the server itself holds. A User schema that does not declare groups has no such attribute.
        var declared = Run.Discovery.Schemas.Count == 0 || Run.Discovery.Attribute(ScimUris.User, "groups") is not null;
        if (!declared) Assert.Ignore("Skipped: the target's User schema declares no groups attribute, so it offers no derived memberships.");
        var member = await NewMemberIdAsync();
        var group = await CreateGroupAsync(Run.Data.Group(member));
        var groupId = IdOf(group);

        var response = await Client.GetAsync(Endpoints.User(member));

        Verify.Precondition(response.Status == 200, $"GET of the member answered {Describe(response)}.");
        var groups = response.Object.Values("groups");
        Verify.About("User", "groups");
        Verify.That(groups.Contains(groupId), "R7643-4.1.2-06",
            $"User.groups of a member of group {groupId}: expected a value equal to the group's id, got {response.Object.At("groups").Show()}.");
    }

    private static JsonObject AddMembers(params string[] ids) => PatchOf(new JsonObject
    {
        ["op"] = "add",
        ["path"] = "members",
        ["value"] = new JsonArray(ids.Select(member => (JsonNode)new JsonObject { ["value"] = member }).ToArray()),
    });

    private static JsonObject PatchOf(JsonObject operation) => new()
    {
        ["schemas"] = new JsonArray(ScimUris.PatchOp),
        ["Operations"] = new JsonArray(operation),
    };
}
