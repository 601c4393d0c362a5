using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using static ScimConformance.Suites.Patch.PatchRequests;

namespace ScimConformance.Suites.Patch;

/// <summary>RFC 7644 §3.5.2.1 and §3.5.2.3: add and replace without a path, the value naming the attributes.</summary>
public sealed class PathlessTests : PatchFixture
{
    [Test]
    [ScimTest("PAT-036", "add without a path sets the attributes named in the value", Areas.Patch, Severity.High, "R7644-3.5.2.1-01", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "A path-less add takes each member of the value object as an attribute to add.")]
    public async Task Pathless_add()
    {
        var (id, before) = await NewUserAsync();
        var value = new JsonObject
        {
            [DeclaredAttributes.AbsentString(Run.Discovery, before)] = Run.Prefix + "pathless",
            ["emails"] = new JsonArray(Email(Run.Prefix + "pathless@example.net", "other")),
        };
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Add(null, value), "R7644-3.5.2.1-01", "path-less add");
    }

    [Test]
    [ScimTest("PAT-037", "replace without a path overwrites the attributes named in the value", Areas.Patch, Severity.High, "R7644-3.5.2.3-01", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "A path-less replace takes each member of the value object as an attribute to replace; others stay.")]
    public async Task Pathless_replace()
    {
        var (id, before) = await NewUserAsync();
        var value = new JsonObject
        {
            ["displayName"] = Run.Prefix + "pathless replace",
            ["name"] = new JsonObject { ["givenName"] = "Pathless" },
        };
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Replace(null, value), "R7644-3.5.2.3-01", "path-less replace");
    }
}
