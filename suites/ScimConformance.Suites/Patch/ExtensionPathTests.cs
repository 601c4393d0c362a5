using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using static ScimConformance.Suites.Patch.PatchRequests;

namespace ScimConformance.Suites.Patch;

/// <summary>RFC 7644 §3.5.2: URN-qualified paths into the enterprise User extension (RFC 7643 §4.3).</summary>
public sealed class ExtensionPathTests : PatchFixture
{
    [Test]
    [ScimTest("PAT-031", "replace of a URN-qualified extension attribute sets it", Areas.Patch, Severity.High, "R7644-3.5.2.3-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch, Capability.EnterpriseUser],
        Remediation = "Resolve \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\" to the extension's attribute.")]
    public async Task Replace_extension_attribute()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Replace(Enterprise("department"), Run.Prefix + "Dept"),
            "R7644-3.5.2.3-02", "replace enterprise department");
    }

    [Test]
    [ScimTest("PAT-032", "add of a URN-qualified complex sub-attribute (manager.value) sets it", Areas.Patch, Severity.Medium, "R7644-3.5.2.1-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch, Capability.EnterpriseUser],
        Remediation = "Resolve \"...:User:manager.value\" to the value sub-attribute of the extension's manager attribute.")]
    public async Task Add_extension_sub_attribute()
    {
        var manager = IdOf(await CreateUserAsync());
        var (id, before) = await NewUserAsync();
        // RFC 7643 §4.3 makes manager.displayName readOnly and $ref a server-resolvable reference: servers may fill them in.
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Add(Enterprise("manager.value"), manager),
            "R7644-3.5.2.1-02", "add enterprise manager.value", Enterprise("manager.displayName"), Enterprise("manager.$ref"));
    }

    [Test]
    [ScimTest("PAT-033", "remove of a URN-qualified extension attribute unassigns it", Areas.Patch, Severity.Medium, "R7644-3.5.2.2-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch, Capability.EnterpriseUser],
        Remediation = "PATCH remove with a URN-qualified path unassigns the extension attribute.")]
    public async Task Remove_extension_attribute()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Remove(Enterprise("department")),
            "R7644-3.5.2.2-02", "remove enterprise department");
    }

    [Test]
    [ScimTest("PAT-034", "Adding an extension attribute to a user without the extension lists the extension in schemas", Areas.Patch, Severity.Medium,
        "R7644-3.5.2-05", "R7644-3.5.2-10", Needs = [Capability.Patch, Capability.EnterpriseUser],
        Remediation = "When a PATCH adds the first attribute of an extension, add the extension's URN to the resource's schemas.")]
    public async Task Extension_add_updates_schemas()
    {
        var (id, before) = await NewUserAsync(Run.Data.User(includeEnterprise: false));
        var exchange = await PatchAsync(Endpoints.User(id), Add(Enterprise("department"), Run.Prefix + "First dept"));
        var after = Accepted(exchange, "add enterprise department to a core-only user");

        Verify.That(after.Strings("schemas").Contains(ScimUris.EnterpriseUser, StringComparer.OrdinalIgnoreCase)
            && (after.Attr(ScimUris.EnterpriseUser) as JsonObject).Text("department") == Run.Prefix + "First dept", "R7644-3.5.2-05",
            $"after adding an enterprise attribute, expected schemas to list {ScimUris.EnterpriseUser} and the department to be stored; " +
            $"schemas are {after.At("schemas").Show()}, the extension is {after.Attr(ScimUris.EnterpriseUser).Show()} (before: {before.At("schemas").Show()}).");
    }

    [Test]
    [ScimTest("PAT-035", "add without a path accepts an extension object keyed by its URN", Areas.Patch, Severity.Medium,
        "R7644-3.5.2.1-01", "R7644-3.5.2-10", Needs = [Capability.Patch, Capability.EnterpriseUser],
        Remediation = "In a path-less add, treat a member named by an extension URN as the extension's attributes.")]
    public async Task Pathless_extension_object()
    {
        var (id, before) = await NewUserAsync();
        var value = new JsonObject { [ScimUris.EnterpriseUser] = new JsonObject { ["costCenter"] = "CC-scimconf" } };
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Add(null, value), "R7644-3.5.2.1-01", "path-less add of the extension object");
    }
}
