using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.ETags;

/// <summary>RFC 7644 §3.14: every change gives the resource a new version, or If-Match cannot protect a write.</summary>
public sealed class VersionChangeTests : ETagFixture
{
    [Test]
    [ScimTest("ETG-004", "PUT that changes a user gives it a new version", Areas.Versioning, Severity.High, "R7644-3.14-04",
        Needs = [Capability.ETag],
        Remediation = "Issue a new version (ETag and meta.version) whenever a PUT changes the resource.")]
    public async Task Put_changes_the_version()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        var before = await ReadAsync(path);

        var put = await Client.PutAsync(path, Renamed(before.Object!, NewDisplayName()));
        Verify.Precondition(put.IsSuccess, $"PUT answered {Describe(put)}.");
        var after = await ReadAsync(path);

        var (old, current) = (CurrentTag(before, "GET before the PUT"), CurrentTag(after, "GET after the PUT"));
        Verify.That(old != current, "R7644-3.14-04", $"the PUT changed displayName, but the version stayed {current}.");
    }

    [Test]
    [ScimTest("ETG-005", "PATCH that changes a user gives it a new version", Areas.Versioning, Severity.High, "R7644-3.14-04",
        Needs = [Capability.ETag, Capability.Patch],
        Remediation = "Issue a new version (ETag and meta.version) whenever a PATCH changes the resource.")]
    public async Task Patch_changes_the_version()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        var before = await ReadAsync(path);

        var patch = await Client.PatchAsync(path, RenamePatch(NewDisplayName()));
        Verify.Precondition(patch.IsSuccess, $"PATCH replace displayName answered {Describe(patch)}.");
        var after = await ReadAsync(path);

        var (old, current) = (CurrentTag(before, "GET before the PATCH"), CurrentTag(after, "GET after the PATCH"));
        Verify.That(old != current, "R7644-3.14-04", $"the PATCH changed displayName, but the version stayed {current}.");
    }

    [Test]
    [ScimTest("ETG-015", "Adding a member gives the group a new version", Areas.Versioning, Severity.Medium, "R7644-3.14-04",
        Needs = [Capability.ETag, Capability.Patch, Capability.Groups],
        Remediation = "Treat a change of members like any other change of the group: issue a new version.")]
    public async Task Membership_change_changes_the_group_version()
    {
        var member = IdOf(await CreateUserAsync());
        var path = Endpoints.Group(IdOf(await CreateGroupAsync()));
        var before = await ReadAsync(path);

        var patch = await Client.PatchAsync(path, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUris.PatchOp),
            ["Operations"] = new JsonArray(new JsonObject
            {
                ["op"] = "add",
                ["path"] = "members",
                ["value"] = new JsonArray(new JsonObject { ["value"] = member }),
            }),
        });
        Verify.Precondition(patch.IsSuccess, $"PATCH add member answered {Describe(patch)}.");
        var after = await ReadAsync(path);
        Verify.Precondition(after.Object.Values("members").Contains(member), $"after PATCH add, the group's members do not hold {member}.");

        var (old, current) = (CurrentTag(before, "GET before the PATCH"), CurrentTag(after, "GET after the PATCH"));
        Verify.That(old != current, "R7644-3.14-04", $"a member was added, but the group's version stayed {current}.");
    }
}
