using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>Each lifecycle defect switch changes the behaviour it names, and only under its switch.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class LifecycleDefectBehaviourTests
{
    [Test]
    public void The_lifecycle_defects_are_in_the_catalogue()
    {
        Assert.That(DefectCatalog.All.Select(d => d.Name), Is.SupersetOf(new[]
        {
            LifecycleDefects.DeactivationIgnored, LifecycleDefects.PutActiveIgnored, LifecycleDefects.ReactivationIgnored,
            LifecycleDefects.DeletedUserStillListed, LifecycleDefects.MembershipKeptAfterUserDelete, LifecycleDefects.IdReusedAfterDelete,
            LifecycleDefects.GroupDeleteDeletesMembers, LifecycleDefects.SecondDeleteReturns204,
        }).And.Unique);
    }

    [Test]
    public async Task Deactivation_ignored_answers_inactive_but_stores_active()
    {
        await using var server = await ScimTestServer.StartAsync(0, LifecycleDefects.DeactivationIgnored);
        var id = await server.CreateUserAsync("l-deact");

        var patch = await server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", "active", false));
        var read = await server.GetAsync("/Users/" + id);

        Assert.That(patch.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((bool?)patch.Object["active"], Is.False, "the response pretends the change happened");
        Assert.That((bool?)read.Object["active"], Is.Not.False, "the stored user is still active");
    }

    [Test]
    public async Task Put_active_ignored_keeps_the_stored_value()
    {
        await using var server = await ScimTestServer.StartAsync(0, LifecycleDefects.PutActiveIgnored);
        var user = ScimTestServer.NewUser("l-put");
        user["active"] = true;
        var id = await server.CreateUserAsync(user);
        var replacement = ScimTestServer.NewUser("l-put");
        replacement["active"] = false;

        var put = await server.SendAsync(HttpMethod.Put, "/Users/" + id, replacement);
        var patch = await server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", "active", false));

        Assert.That((bool?)put.Object["active"], Is.True);
        Assert.That((bool?)patch.Object["active"], Is.False, "PATCH still works under this switch");
    }

    [Test]
    public async Task Reactivation_ignored_keeps_a_user_inactive()
    {
        await using var server = await ScimTestServer.StartAsync(0, LifecycleDefects.ReactivationIgnored);
        var id = await server.CreateUserAsync("l-react");
        await server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", "active", false));

        var again = await server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", "active", true));

        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((bool?)(await server.GetAsync("/Users/" + id)).Object["active"], Is.False);
    }

    [Test]
    public async Task Deleted_user_still_listed_is_404_by_id_but_in_queries()
    {
        await using var server = await ScimTestServer.StartAsync(0, LifecycleDefects.DeletedUserStillListed);
        var id = await server.CreateUserAsync("l-listed");

        var delete = await server.SendAsync(HttpMethod.Delete, "/Users/" + id);
        var read = await server.GetAsync("/Users/" + id);
        var listed = await server.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName eq \"l-listed\""));

        Assert.That(delete.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(read.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(listed.Listed.Select(u => (string?)u["id"]), Does.Contain(id));
    }

    [Test]
    public async Task Membership_kept_after_user_delete()
    {
        await using var server = await ScimTestServer.StartAsync(0, LifecycleDefects.MembershipKeptAfterUserDelete);
        var id = await server.CreateUserAsync("l-member");
        var group = await server.CreateGroupAsync("l-group", id);

        await server.SendAsync(HttpMethod.Delete, "/Users/" + id);
        var members = (await server.GetAsync("/Groups/" + group)).Object["members"]!.AsArray();

        Assert.That((await server.GetAsync("/Users/" + id)).Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(members.Select(m => (string?)m!["value"]), Does.Contain(id));
    }

    [Test]
    public async Task Id_reused_after_delete()
    {
        await using var server = await ScimTestServer.StartAsync(0, LifecycleDefects.IdReusedAfterDelete);
        var old = await server.CreateUserAsync("l-old");
        await server.SendAsync(HttpMethod.Delete, "/Users/" + old);

        var next = await server.CreateUserAsync("l-new");

        Assert.That(next, Is.EqualTo(old));
    }

    [Test]
    public async Task Group_delete_deletes_members()
    {
        await using var server = await ScimTestServer.StartAsync(0, LifecycleDefects.GroupDeleteDeletesMembers);
        var member = await server.CreateUserAsync("l-cascade");
        var bystander = await server.CreateUserAsync("l-bystander");
        var group = await server.CreateGroupAsync("l-doomed", member);

        await server.SendAsync(HttpMethod.Delete, "/Groups/" + group);

        Assert.That((await server.GetAsync("/Users/" + member)).Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await server.GetAsync("/Users/" + bystander)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Second_delete_returns_204()
    {
        await using var server = await ScimTestServer.StartAsync(0, LifecycleDefects.SecondDeleteReturns204);
        var id = await server.CreateUserAsync("l-twice");

        var first = await server.SendAsync(HttpMethod.Delete, "/Users/" + id);
        var second = await server.SendAsync(HttpMethod.Delete, "/Users/" + id);

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await server.GetAsync("/Users/" + id)).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Without_switches_the_lifecycle_is_compliant()
    {
        await using var server = await ScimTestServer.StartAsync();
        var member = await server.CreateUserAsync("l-ok");
        var group = await server.CreateGroupAsync("l-ok-group", member);
        await server.PatchAsync("/Users/" + member, ScimTestServer.Op("replace", "active", false));
        var inactive = (bool?)(await server.GetAsync("/Users/" + member)).Object["active"];
        await server.PatchAsync("/Users/" + member, ScimTestServer.Op("replace", "active", true));
        var reactivated = (bool?)(await server.GetAsync("/Users/" + member)).Object["active"];

        var first = await server.SendAsync(HttpMethod.Delete, "/Users/" + member);
        var second = await server.SendAsync(HttpMethod.Delete, "/Users/" + member);
        var next = await server.CreateUserAsync("l-ok");
        var groupAfter = (await server.GetAsync("/Groups/" + group)).Object;

        Assert.Multiple(() =>
        {
            Assert.That(inactive, Is.False);
            Assert.That(reactivated, Is.True);
            Assert.That(first.Status, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(second.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(next, Is.Not.EqualTo(member), "a re-created userName gets a new id");
            Assert.That(groupAfter["members"]?.AsArray().Select(m => (string?)m!["value"]) ?? [], Does.Not.Contain(member));
        });
    }
}
