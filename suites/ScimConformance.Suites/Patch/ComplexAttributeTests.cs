using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using static ScimConformance.Suites.Patch.PatchRequests;

namespace ScimConformance.Suites.Patch;

/// <summary>RFC 7644 §3.5.2: sub-attribute paths (name.givenName) and complex values.</summary>
public sealed class ComplexAttributeTests : PatchFixture
{
    [Test]
    [ScimTest("PAT-018", "replace name.givenName changes only that sub-attribute", Areas.Patch, Severity.High,
        "R7644-3.5.2.3-02", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "Resolve \"name.givenName\" to the sub-attribute and keep name's other sub-attributes.")]
    public async Task Replace_sub_attribute()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Replace("name.givenName", "Patched"), "R7644-3.5.2.3-02", "replace name.givenName");
    }

    [Test]
    [ScimTest("PAT-019", "add name.middleName adds the sub-attribute and keeps the others", Areas.Patch, Severity.Medium,
        "R7644-3.5.2.1-02", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "PATCH add on a sub-attribute path creates the sub-attribute inside the existing complex value.")]
    public async Task Add_sub_attribute()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Add("name.middleName", "Quincy"), "R7644-3.5.2.1-02", "add name.middleName");
    }

    [Test]
    [ScimTest("PAT-020", "remove name.givenName removes only that sub-attribute", Areas.Patch, Severity.Medium,
        "R7644-3.5.2.2-02", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "PATCH remove on a sub-attribute path unassigns that sub-attribute and keeps the rest of the complex value.")]
    public async Task Remove_sub_attribute()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Remove("name.givenName"), "R7644-3.5.2.2-02", "remove name.givenName");
    }

    [Test]
    [ScimTest("PAT-021", "replace name with an object updates the given sub-attributes and keeps the others", Areas.Patch, Severity.Medium,
        "R7644-3.5.2.3-04", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "PATCH replace on a complex attribute sets the sub-attributes in the value and leaves unnamed ones unchanged.")]
    public async Task Replace_complex_merges()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Replace("name", new JsonObject { ["familyName"] = "Merged" }),
            "R7644-3.5.2.3-04", "replace name {familyName}");
    }
}
