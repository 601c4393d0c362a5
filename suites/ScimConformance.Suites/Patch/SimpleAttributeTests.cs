using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using static ScimConformance.Suites.Patch.PatchRequests;

namespace ScimConformance.Suites.Patch;

/// <summary>RFC 7644 §3.5.2.1-3: add, replace and remove on single-valued string and boolean attributes.</summary>
public sealed class SimpleAttributeTests : PatchFixture
{
    [Test]
    [ScimTest("PAT-010", "add sets an absent string attribute", Areas.Patch, Severity.High, "R7644-3.5.2.1-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "PATCH add with a path creates the attribute when it has no value.")]
    public async Task Add_absent_string()
    {
        var (id, before) = await NewUserAsync();
        var attribute = DeclaredAttributes.AbsentString(Run.Discovery, before);
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Add(attribute, Run.Prefix + "nick"), "R7644-3.5.2.1-02", $"add {attribute}");
    }

    [Test]
    [ScimTest("PAT-011", "add overwrites a single-valued string attribute", Areas.Patch, Severity.High, "R7644-3.5.2.1-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "PATCH add on a single-valued attribute that has a value replaces that value.")]
    public async Task Add_overwrites_string()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Add("title", Run.Prefix + "new title"), "R7644-3.5.2.1-02", "add title");
    }

    [Test]
    [ScimTest("PAT-012", "replace overwrites a single-valued string attribute", Areas.Patch, Severity.High, "R7644-3.5.2.3-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "PATCH replace with a path sets the attribute to the value given.")]
    public async Task Replace_string()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Replace("displayName", Run.Prefix + "replaced"), "R7644-3.5.2.3-02", "replace displayName");
    }

    [Test]
    [ScimTest("PAT-013", "replace of an absent attribute adds it", Areas.Patch, Severity.Medium, "R7644-3.5.2.3-03", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "Treat PATCH replace of an attribute without a value as add.")]
    public async Task Replace_absent_adds()
    {
        var (id, before) = await NewUserAsync();
        var attribute = DeclaredAttributes.AbsentString(Run.Discovery, before);
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Replace(attribute, Run.Prefix + "nick"), "R7644-3.5.2.3-03", $"replace absent {attribute}");
    }

    [Test]
    [ScimTest("PAT-014", "remove unassigns a single-valued string attribute", Areas.Patch, Severity.High, "R7644-3.5.2.2-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "PATCH remove with a path to a single-valued attribute leaves it unassigned.")]
    public async Task Remove_string()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Remove("title"), "R7644-3.5.2.2-02", "remove title");
    }

    [Test]
    [ScimTest("PAT-015", "replace sets a boolean attribute", Areas.Patch, Severity.High, "R7644-3.5.2.3-02", "R7643-2.3-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "PATCH replace active with a JSON boolean stores that boolean.")]
    public async Task Replace_boolean()
    {
        var (id, before) = await NewUserAsync();
        Verify.About("User", "active");
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Replace("active", false), "R7644-3.5.2.3-02", "replace active false");
    }

    [Test]
    [ScimTest("PAT-016", "add sets a boolean attribute back to true", Areas.Patch, Severity.Medium, "R7644-3.5.2.1-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "PATCH add active true overwrites a stored false.")]
    public async Task Add_boolean()
    {
        var body = Run.Data.User(Run.Capabilities.Has(Capability.EnterpriseUser, Run.Discovery));
        body["active"] = false;
        var (id, before) = await NewUserAsync(body);
        Verify.About("User", "active");
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Add("active", true), "R7644-3.5.2.1-02", "add active true");
    }

    [Test]
    [ScimTest("PAT-017", "Attribute names in a path are matched without regard to case", Areas.Patch, Severity.Medium,
        "R7644-3.10-02", "R7643-2.1-02", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "Resolve PATCH paths case-insensitively: \"DisplayName\" and \"NAME.GIVENNAME\" name displayName and name.givenName.")]
    public async Task Path_names_ignore_case()
    {
        var (id, before) = await NewUserAsync();
        var request = Of(Op("replace", "DisplayName", Run.Prefix + "cased"), Op("replace", "NAME.GIVENNAME", "Cased"));
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, request, "R7644-3.10-02", "replace with upper-case paths");
    }
}
