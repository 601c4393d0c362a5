using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Deprovisioning;

/// <summary>
/// Group membership through a leaver's life (RFC 7643 §4.1.2, §4.2; RFC 7644 §3.5.2.2, §3.6): a deleted user
/// leaves every group, a deleted group takes no user with it, and removing a member by PATCH shows on both sides.
/// </summary>
public sealed class MembershipTests : DeprovisioningFixture
{
    [Test]
    [ScimTest("DPR-022", "A deleted user is removed from every group's members", Areas.Deprovisioning, Severity.Critical,
        "PSEED-DEPROV-01", "R7643-4.2-03",
        Needs = [Capability.Groups],
        Remediation = "When a user is deleted, remove it from the members of every group; a dangling member keeps the leaver's access in downstream systems.")]
    public async Task Deleted_user_leaves_every_group()
    {
        var leaver = IdOf(await CreateUserAsync());
        var stayer = IdOf(await CreateUserAsync());
        var groups = new[] { await GroupWithMembersAsync(leaver, stayer), await GroupWithMembersAsync(leaver) };
        await DeleteRequiredAsync(Endpoints.User(leaver));

        foreach (var group in groups)
        {
            var seen = await Propagation.ObserveAsync("delete-membership", () => Client.GetAsync(Endpoints.Group(group)),
                r => r.Status == 200 && !r.Object.Values("members").Contains(leaver));
            Verify.Precondition(seen.Last.Status == 200, $"GET /{Endpoints.Group(group)} answered {Describe(seen.Last)}.");
            Verify.That(seen.Shown, "PSEED-DEPROV-01",
                $"group {group} after deleting member {leaver}: expected it gone from members, {seen.Describe()}; members {MemberList(seen.Last.Object)}.");
        }
    }

    [Test]
    [ScimTest("DPR-023", "Deleting a member user keeps the group and its other members", Areas.Deprovisioning, Severity.High,
        "R7644-3.4.1-01",
        Needs = [Capability.Groups],
        Remediation = "Deleting a user ends its memberships only; the group and the other members stay.")]
    public async Task Deleted_member_keeps_group_and_others()
    {
        var leaver = IdOf(await CreateUserAsync());
        var stayer = IdOf(await CreateUserAsync());
        var group = await GroupWithMembersAsync(leaver, stayer);
        await DeleteRequiredAsync(Endpoints.User(leaver));

        var read = await Client.GetAsync(Endpoints.Group(group));

        Verify.That(read.Status == 200, "R7644-3.4.1-01", $"GET /{Endpoints.Group(group)} after deleting one member: expected 200, got {Describe(read)}.");
        Verify.That(read.Object.Values("members").Contains(stayer), "R7644-3.4.1-01",
            $"group {group} after deleting member {leaver}: expected {stayer} still a member, got {MemberList(read.Object)}.");
    }

    [Test]
    [ScimTest("DPR-024", "Deleting a group never deletes its member users", Areas.Deprovisioning, Severity.Critical,
        "R7644-3.4.1-01",
        Needs = [Capability.Groups],
        Remediation = "DELETE /Groups/{id} removes the group only; never cascade to the users it held.")]
    public async Task Group_delete_keeps_users()
    {
        var members = new[] { IdOf(await CreateUserAsync()), IdOf(await CreateUserAsync()) };
        var group = await GroupWithMembersAsync(members);
        await DeleteRequiredAsync(Endpoints.Group(group));

        foreach (var member in members)
        {
            var read = await Client.GetAsync(Endpoints.User(member));
            Verify.That(read.Status == 200, "R7644-3.4.1-01",
                $"GET /{Endpoints.User(member)} after deleting group {group}: expected 200 (the user still exists), got {Describe(read)}.");
        }
    }

    [Test]
    [ScimTest("DPR-025", "Deleting a group keeps its members' other memberships", Areas.Deprovisioning, Severity.High,
        "R7644-3.4.1-01", "R7643-4.2-03",
        Needs = [Capability.Groups],
        Remediation = "Deleting one group must not touch the members of any other group.")]
    public async Task Group_delete_keeps_other_memberships()
    {
        var member = IdOf(await CreateUserAsync());
        var deleted = await GroupWithMembersAsync(member);
        var kept = await GroupWithMembersAsync(member);
        await DeleteRequiredAsync(Endpoints.Group(deleted));

        var read = await Client.GetAsync(Endpoints.Group(kept));

        Verify.Precondition(read.Status == 200, $"GET /{Endpoints.Group(kept)} answered {Describe(read)}.");
        if (read.Object.Values("members").Contains(member)) return;
        // A user that is gone leaves every group with it; then what broke is that the group delete deleted the user
        // (DPR-024's requirement), not the bookkeeping of memberships this check is about.
        var user = await Client.GetAsync(Endpoints.User(member));
        if (user.Status == 404)
            Verify.That(false, "R7644-3.4.1-01",
                $"group {kept} lost {member} after deleting the other group {deleted}, and GET /{Endpoints.User(member)} answered {Describe(user)}: "
                + "the group delete deleted its member user.");
        else
            Verify.That(false, "R7643-4.2-03",
                $"group {kept} after deleting the other group {deleted}: expected {member} still a member, got {MemberList(read.Object)}.");
    }

    [Test]
    [ScimTest("DPR-026", "PATCH remove of a member shows in the group", Areas.Deprovisioning, Severity.High,
        "R7644-3.5.2.2-03", "R7644-3.5.2-10",
        Needs = [Capability.Groups, Capability.Patch],
        Remediation = "Apply remove members[value eq \"id\"] to the stored group; identity providers unassign leavers this way.")]
    public async Task Member_removal_shows_in_group()
    {
        var leaver = IdOf(await CreateUserAsync());
        var stayer = IdOf(await CreateUserAsync());
        var group = await GroupWithMembersAsync(leaver, stayer);

        var patch = await Client.PatchAsync(Endpoints.Group(group), RemoveMember(leaver));

        Verify.That(patch.Status is 200 or 204, "R7644-3.5.2-10", $"PATCH remove member: expected 200 or 204, got {Describe(patch)}.");
        var seen = await Propagation.ObserveAsync("membership-group", () => Client.GetAsync(Endpoints.Group(group)),
            r => r.Status == 200 && !r.Object.Values("members").Contains(leaver) && r.Object.Values("members").Contains(stayer));
        Verify.About("Group", "members");
        Verify.That(seen.Shown, "R7644-3.5.2.2-03",
            $"group {group} after removing {leaver}: expected members [{stayer}], {seen.Describe()}; got {MemberList(seen.Last.Object)}.");
    }

    [Test]
    [ScimTest("DPR-027", "PATCH remove of a member shows in the user's groups", Areas.Deprovisioning, Severity.High,
        "R7643-4.1.2-06", "R7643-4.1.2-05",
        Needs = [Capability.Groups, Capability.Patch],
        Remediation = "Compute User.groups from the current memberships, so a removed membership disappears from it at once.")]
    public async Task Member_removal_shows_in_user_groups()
    {
        var member = IdOf(await CreateUserAsync());
        var group = await GroupWithMembersAsync(member);
        var before = await Client.GetAsync(Endpoints.User(member));
        Verify.Precondition(before.Status == 200, $"GET /{Endpoints.User(member)} answered {Describe(before)}.");
        if (!before.Object.Values("groups").Contains(group))
            Assert.Ignore($"Skipped: the endpoint does not list memberships in User.groups (got {before.Object.At("groups").Show()}), so there is nothing to go stale; GRP-011 reports that.");

        var patch = await Client.PatchAsync(Endpoints.Group(group), RemoveMember(member));
        Verify.Precondition(patch.IsSuccess, $"PATCH remove member answered {Describe(patch)} (DPR-026 judges that).");

        var seen = await Propagation.ObserveAsync("membership-user", () => Client.GetAsync(Endpoints.User(member)),
            r => r.Status == 200 && !r.Object.Values("groups").Contains(group));
        Verify.About("User", "groups");
        Verify.That(seen.Shown, "R7643-4.1.2-06",
            $"User.groups of {member} after removing it from group {group}: expected the group gone, {seen.Describe()}; got {seen.Last.Object.At("groups").Show()}.");
    }
}
