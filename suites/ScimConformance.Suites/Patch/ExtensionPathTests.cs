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

    [Test]
    [ScimTest("PAT-101", "An operation after one that adds the extension to schemas can set the extension's attributes", Areas.Patch, Severity.Medium,
        "R7644-3.5.2-04", Needs = [Capability.Patch, Capability.EnterpriseUser],
        Remediation = "Apply PATCH operations in order, each against the schemas as the operations before it left them: an extension added to schemas is known to the next operation.")]
    public async Task Later_operation_sees_altered_schemas()
    {
        var (id, before) = await NewUserAsync(Run.Data.User(includeEnterprise: false));
        Verify.Precondition(before.Attr(ScimUris.EnterpriseUser) is null, $"the user created without the enterprise extension reads back with it ({before.Attr(ScimUris.EnterpriseUser).Show()}), so no operation can add it.");
        var path = Endpoints.User(id);
        var department = Run.Prefix + "Schemas dept";
        var request = Of(Op("add", "schemas", new JsonArray(ScimUris.EnterpriseUser)), Op("add", Enterprise("department"), department));
        var what = $"PATCH {path} {request.ToJsonString()}";

        var exchange = await PatchAsync(path, request);
        if (!exchange.Response.IsSuccess)
        {
            // Only the pair is the construct: a server that takes no operation on schemas at all is not judged by it.
            var alone = await Client.PatchAsync(path, Of(Op("add", "schemas", new JsonArray(ScimUris.EnterpriseUser))));
            if (!alone.IsSuccess)
                Assert.Ignore($"Skipped: the endpoint refuses an operation on schemas on its own ({Describe(alone)}), so whether later operations see it cannot be observed.");
            if (!Responses.Subject(exchange.Response, "R7644-3.5.2-04", $"{what} (the schemas operation alone was accepted)")) return;
        }

        var stored = (exchange.After.Attr(ScimUris.EnterpriseUser) as JsonObject).Text("department");
        Verify.That(stored == department, "R7644-3.5.2-04",
            $"{what} answered {Describe(exchange.Response)}, and the user's enterprise department now reads {stored ?? "(absent)"}.");
        Assert.Pass($"{what} was accepted and the second operation set the department.");
    }
}
