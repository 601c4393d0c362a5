using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Groups;

/// <summary>RFC 7643 §4.2: what a group must have (displayName) and what its members must name (an existing resource).</summary>
public sealed class GroupReferenceTests : GroupFixture
{
    [Test]
    [ScimTest("GRP-013", "A member naming no existing resource is refused or left out", Areas.Groups, Severity.Medium, "R7643-4.2-03",
        Needs = [Capability.Groups],
        Remediation = "Refuse a member whose value is not the id of an existing User or Group (400 invalidValue), or drop it; never store and serve a dangling member.")]
    public async Task Dangling_member_is_not_stored()
    {
        var real = await NewMemberIdAsync();
        var dangling = Run.Data.Uuid().ToString();

        var response = await PostGroupAsync(Run.Data.Group(real, dangling));

        // A refusal is one compliant answer (the member names nothing); anything else but a success goes by the outcome policy.
        if (ResponseClasses.Of(response.Status) == ResponseClass.Refused) return;
        if (!Responses.Subject(response, "R7643-4.2-03", $"POST /{Endpoints.Groups} with a member naming no resource (201 without that member or a refusal expected)")) return;
        var read = await ReadGroupAsync(IdOf(CreatedView(response, "a group")));
        Verify.That(!read.Values("members").Contains(dangling), "R7643-4.2-03",
            $"members.value must be the id of a member resource; the group stored {dangling}, which names no User or Group: members {MemberList(read)}.");
    }

    [Test]
    [ScimTest("GRP-014", "A group without displayName is refused", Areas.Groups, Severity.Medium, "R7643-4.2-01",
        Needs = [Capability.Groups],
        Remediation = "Refuse POST /Groups without displayName with 400 (scimType invalidValue): displayName is required.")]
    public async Task Group_without_display_name_is_refused()
    {
        var body = Run.Data.Group();
        body.Remove("displayName");

        var response = await PostGroupAsync(body);

        Verify.That(response.Status == 400, "R7643-4.2-01",
            $"POST /{Endpoints.Groups} without displayName: expected 400 (displayName is required), got {Describe(response)}.");
    }
}
