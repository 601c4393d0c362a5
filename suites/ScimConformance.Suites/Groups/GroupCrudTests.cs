using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Groups;

/// <summary>RFC 7644 §3.3-§3.6 applied to /Groups.</summary>
public sealed class GroupCrudTests : GroupFixture
{
    [Test]
    [ScimTest("GRP-001", "POST /Groups with a member answers 201 and lists the member", Areas.Groups, Severity.High, "R7644-3.3-03", "R7643-4.2-03",
        Needs = [Capability.Groups],
        Remediation = "Create the group with its members and return them (members.value = user id) in the 201 body.")]
    public async Task Create_group_with_member()
    {
        var member = await NewMemberIdAsync();

        var response = await PostGroupAsync(Run.Data.Group(member));

        Verify.That(response.Status == 201, "R7644-3.3-03", $"POST /{Endpoints.Groups}: expected 201, got {Describe(response)}.");
        Verify.About("Group", "members");
        Verify.That(response.Object.Values("members").Contains(member), "R7643-4.2-03",
            $"expected members to hold the user {member}, got {response.Object.At("members").Show()}.");
    }

    [Test]
    [ScimTest("GRP-002", "GET /Groups/{id} shows the members it was created with", Areas.Groups, Severity.High, "R7643-4.2-03", "R7644-3.4.1-01",
        Needs = [Capability.Groups],
        Remediation = "Store members on create and return them on GET, each with value = the member's id.")]
    public async Task Read_group_shows_members()
    {
        var first = await NewMemberIdAsync();
        var second = await NewMemberIdAsync();
        var group = await CreateGroupAsync(Run.Data.Group(first, second));

        var read = await ReadGroupAsync(IdOf(group));

        var members = read.Values("members");
        Verify.About("Group", "members");
        Verify.That(members.Contains(first) && members.Contains(second) && members.Count == 2, "R7643-4.2-03",
            $"expected members [{first}, {second}], got {MemberList(read)}.");
    }

    [Test]
    [ScimTest("GRP-012", "Each member's $ref is the URI of that member", Areas.Groups, Severity.Medium, "R7643-4.2-03",
        Needs = [Capability.Groups],
        Remediation = "Build each members.$ref from that member's own id and resource type (…/Users/{value}), never from the group's.")]
    public async Task Member_refs_name_the_members()
    {
        var first = await NewMemberIdAsync();
        var second = await NewMemberIdAsync();
        var id = IdOf(await CreateGroupAsync(Run.Data.Group(first, second)));

        var read = await ReadGroupAsync(id);

        var referenced = (read["members"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(member => (Value: member.Text("value"), Ref: member.Text("$ref"))).Where(member => member.Ref is not null).ToArray();
        // members.$ref is optional (RFC 7643 §8.7.2); what a server leaves out cannot be wrong.
        if (referenced.Length == 0) Assert.Ignore($"Skipped: GET {Endpoints.Group(id)} shows its members without $ref.");
        var wrong = referenced.Where(member => !NamesUser(member.Ref!, member.Value)).Select(member => $"value {member.Value} with $ref {member.Ref}").ToArray();
        Verify.About("Group", "members.$ref");
        Verify.That(wrong.Length == 0, "R7643-4.2-03",
            $"GET {Endpoints.Group(id)}: a member's $ref must be the URI of that member (…/Users/<value>), got {string.Join("; ", wrong)}.");
    }

    /// <summary>Whether <paramref name="reference"/>, absolute or relative to the base URL (RFC 7643 §2.3.7), ends in Users/<paramref name="id"/>.</summary>
    private static bool NamesUser(string reference, string? id)
    {
        var baseUrl = new Uri(Run.Settings.BaseUrl.ToString().TrimEnd('/') + "/");
        if (id is null || !Uri.TryCreate(baseUrl, reference, out var uri)) return false;
        var segments = uri.AbsolutePath.TrimEnd('/').Split('/');
        return segments.Length >= 2 && segments[^2] == "Users" && Uri.UnescapeDataString(segments[^1]) == id;
    }

    [Test]
    [ScimTest("GRP-003", "meta.resourceType of a created group is Group", Areas.Groups, Severity.Medium, "R7644-3.3.1-01",
        Needs = [Capability.Groups],
        Remediation = "Set meta.resourceType to \"Group\" on resources served from /Groups.")]
    public async Task Create_group_sets_resource_type()
    {
        var group = await CreateGroupAsync();

        Verify.About("Group", "meta");
        Verify.That(group.Text("meta.resourceType") == "Group", "R7644-3.3.1-01",
            $"expected meta.resourceType \"Group\", got {group.At("meta.resourceType").Show()}.");
    }

    [Test]
    [ScimTest("GRP-004", "PUT /Groups/{id} replaces the members", Areas.Groups, Severity.High, "R7644-3.5.1-02", "R7644-3.5.1-08",
        Needs = [Capability.Groups],
        Remediation = "Replace the stored members with those of the PUT body.")]
    public async Task Replace_group_members()
    {
        var before = await NewMemberIdAsync();
        var after = await NewMemberIdAsync();
        var group = await CreateGroupAsync(Run.Data.Group(before));
        var id = IdOf(group);
        var replacement = Replacements.Of(group);
        replacement["members"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["value"] = after });

        var put = await Client.PutAsync(Endpoints.Group(id), replacement);
        Verify.Precondition(put.IsSuccess, $"PUT /{Endpoints.Group(id)} answered {Describe(put)}.");
        var read = await ReadGroupAsync(id);

        Verify.About("Group", "members");
        Verify.That(read.Values("members").SequenceEqual([after]), "R7644-3.5.1-02",
            $"after PUT with members [{after}]: expected exactly that member, got {MemberList(read)}.");
    }

    [Test]
    [ScimTest("GRP-005", "PUT /Groups/{id} replaces displayName", Areas.Groups, Severity.Medium, "R7644-3.5.1-02",
        Needs = [Capability.Groups],
        Remediation = "Store the displayName of the PUT body.")]
    public async Task Replace_group_display_name()
    {
        var group = await CreateGroupAsync();
        var id = IdOf(group);
        var replacement = Replacements.Of(group);
        var name = group.Text("displayName") + "-renamed";
        replacement["displayName"] = name;

        var put = await Client.PutAsync(Endpoints.Group(id), replacement);
        Verify.Precondition(put.IsSuccess, $"PUT /{Endpoints.Group(id)} answered {Describe(put)}.");
        var read = await ReadGroupAsync(id);

        Verify.That(read.Text("displayName") == name, "R7644-3.5.1-02",
            $"after PUT: expected displayName {name}, got {read.At("displayName").Show()}.");
    }

    [Test]
    [ScimTest("GRP-006", "A deleted group answers 404", Areas.Groups, Severity.Medium, "R7644-3.6-01",
        Needs = [Capability.Groups],
        Remediation = "Answer every request for a deleted group with 404.")]
    public async Task Deleted_group_answers_404()
    {
        var group = await CreateGroupAsync();
        var path = Endpoints.Group(IdOf(group));
        var delete = await DeleteOwnAsync(path);
        Verify.Precondition(delete.IsSuccess, $"DELETE /{path} answered {Describe(delete)}.");

        var response = await Client.GetAsync(path);

        Verify.That(response.Status == 404, "R7644-3.6-01", $"GET /{path} after DELETE: expected 404, got {Describe(response)}.");
    }

    [Test]
    [ScimTest("GRP-008", "filter=displayName eq finds the group", Areas.Groups, Severity.Medium, "R7644-3.4.2.2-01", "R7644-3.4.2.2-03",
        Needs = [Capability.Groups, Capability.Filter],
        Remediation = "Support eq on Group displayName; identity providers look groups up this way.")]
    public async Task Display_name_filter_finds_group()
    {
        var group = await CreateGroupAsync();
        var name = group.Text("displayName");
        Verify.Precondition(name is not null, "the created group shows no displayName.");

        var response = await QueryAsync(Endpoints.Groups, Filters.Eq("displayName", name!));

        Verify.That(response.Status == 200, "R7644-3.4.2.2-01", $"filter displayName eq: expected 200, got {Describe(response)}.");
        var ids = ResourcesOf(response).Select(r => r.Text("id")).ToArray();
        Verify.That(ids.Length == 1 && ids[0] == IdOf(group), "R7644-3.4.2.2-01",
            $"filter displayName eq \"{name}\": expected exactly the group {IdOf(group)}, got ids [{string.Join(", ", ids)}].");
    }
}
