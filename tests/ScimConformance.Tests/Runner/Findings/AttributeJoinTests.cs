using NUnit.Framework;
using ScimConformance.Runner.Findings;
using ScimConformance.Runner.Model;
using static ScimConformance.Tests.Runner.Findings.FailureSamples;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner.Findings;

/// <summary>
/// Failures about one attribute (Verify.About) are one finding whatever section each cited and whichever request showed
/// them; findings that mix attributes are never chained together through one they share.
/// </summary>
[TestFixture]
public sealed class AttributeJoinTests
{
    [Test]
    public void Active_ignored_by_patch_put_and_read_back_as_the_wrong_type_is_one_finding()
    {
        var findings = Group(
            Failed("PAT-015", "Patch", "R7644-3.5.2.3-02", "PATCH", "/Users/1", 200, about: "User.active"),
            Failed("PAT-042", "Patch", "R7643-2.3-02", "GET", "/Users/2", 200, about: "User.active"),
            Failed("DPR-010", "Deprovisioning", "R7644-3.5.1-02", "GET", "/Users/3", 200, about: "User.active"));
        Assert.That(findings, Has.Count.EqualTo(1), Describe(findings));
        Assert.Multiple(() =>
        {
            Assert.That(findings[0].Rule, Is.EqualTo("attribute"));
            Assert.That(findings[0].Key, Is.EqualTo("attribute:User.active"));
            Assert.That(findings[0].Title, Is.EqualTo("User.active is not kept or served as the RFCs define it"));
            Assert.That(findings[0].Cause, Does.Contain("PATCH operations are applied wrongly").And.Contain("attribute values come back with the wrong data type")
                .And.Contain("PUT does not replace the resource"));
            Assert.That(findings[0].Checks, Is.EquivalentTo(new[] { "PAT-015", "PAT-042", "DPR-010" }));
        });
    }

    [Test]
    public void A_finding_about_one_attribute_joins_the_mixed_finding_that_holds_it()
    {
        // The generated sequence names no attribute; the PATCH finding it leads holds one about active.
        var findings = Group(
            Failed("PAT-060", "Patch", "R7644-3.5.2-06", "GET", "/Users/1", 200),
            Failed("PAT-015", "Patch", "R7644-3.5.2.3-02", "GET", "/Users/2", 200, about: "User.active"),
            Failed("PAT-043", "Patch", "R7643-2.3-02", "GET", "/Users/3", 200, about: "User.active"));
        Assert.That(findings.Single().Checks, Is.EqualTo(new[] { "PAT-060", "PAT-015", "PAT-043" }), Describe(findings));
        Assert.Multiple(() =>
        {
            // It holds a failure about no attribute, so it keeps its own wording and names what it took in.
            Assert.That(findings[0].Key, Is.EqualTo("requirement:patch"));
            Assert.That(findings[0].Title, Is.EqualTo("PATCH operations are applied wrongly"));
            Assert.That(findings[0].Cause, Does.EndWith("The failures about User.active also show it as: attribute values come back with the wrong data type."));
        });
    }

    [Test]
    public void A_mixed_finding_keeps_its_own_title_when_a_joined_failure_has_the_smaller_request()
    {
        // The joined create failure (no request body) would show the cause most plainly; the title stays the PATCH finding's.
        var findings = Group(
            Failed("PAT-060", "Patch", "R7644-3.5.2-06", "PATCH", "/Groups/1", 200, "{\"Operations\":[{\"op\":\"remove\",\"path\":\"members\"}]}"),
            Failed("PAT-045", "Patch", "R7644-3.5.2.2-03", "PATCH", "/Groups/2", 200, "{\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\"a\\\"]\"}]}", about: "Group.members"),
            Failed("GRP-001", "Groups", "R7643-4.2-03", "POST", "/Groups", 201, about: "Group.members"));
        Assert.That(findings.Single().Title, Is.EqualTo("PATCH operations are applied wrongly"), Describe(findings));
        Assert.That(findings[0].Cause, Does.StartWith("the result of a PATCH differs").And.EndWith("also show it as: Group attributes are not stored as sent."));
    }

    [Test]
    public void User_groups_is_read_as_the_group_membership_it_derives_from()
    {
        var findings = Group(
            Failed("GRP-001", "Groups", "R7643-4.2-03", "POST", "/Groups", 201, about: "Group.members"),
            Failed("BLK-004", "Bulk", "R7644-3.7.2-01", "GET", "/Groups/1", 200, about: "Group.members"),
            Failed("GRP-011", "Groups", "R7643-4.1.2-06", "GET", "/Users/2", 200, about: "User.groups"));
        Assert.That(findings.Single().Checks, Is.EquivalentTo(new[] { "GRP-001", "BLK-004", "GRP-011" }), Describe(findings));
        Assert.That(FailureFacts.SourceOf("user.GROUPS"), Is.EqualTo("Group.members"), "attribute names are case-insensitive");
    }

    [Test]
    public void Different_attributes_and_sub_attributes_stay_apart()
    {
        var findings = Group(
            Failed("GRP-003", "Groups", "R7644-3.3.1-01", "POST", "/Groups", 201, about: "Group.meta"),
            Failed("SCH-050", "Schema", "R7643-3.1-02", "POST", "/Groups", 201, about: "Group.meta"),
            Failed("GRP-004", "Groups", "R7644-3.5.1-02", "GET", "/Groups/1", 200, about: "Group.members"),
            Failed("SCH-010", "Schema", "R7643-2.3.7-03", "GET", "/Groups/2", 200, about: "Group.members.$ref"),
            Failed("GRP-012", "Groups", "R7643-4.2-03", "GET", "/Groups/3", 200, about: "Group.members.$ref"));
        Assert.That(findings.Select(f => f.Checks.Order(StringComparer.Ordinal).ToArray()), Is.EquivalentTo(new[]
        {
            new[] { "GRP-003", "SCH-050" },
            new[] { "GRP-004" },
            new[] { "GRP-012", "SCH-010" },
        }), Describe(findings));
    }

    [Test]
    public void Two_mixed_findings_sharing_an_attribute_are_not_chained_together()
    {
        // Each finding also holds a failure about something else: the shared attribute is not their common cause.
        var findings = Group(
            Failed("PAT-015", "Patch", "R7644-3.5.2.3-02", "GET", "/Users/1", 200, about: "User.active"),
            Failed("PAT-020", "Patch", "R7644-3.5.2.3-01", "GET", "/Users/2", 200, about: "User.emails"),
            Failed("DPR-010", "Deprovisioning", "R7644-3.5.1-02", "GET", "/Users/3", 200, about: "User.active"),
            Failed("GRP-005", "Groups", "R7644-3.5.1-02", "GET", "/Groups/4", 200));
        Assert.That(findings, Has.Count.EqualTo(2), Describe(findings));
    }

    [Test]
    public void A_practice_about_an_attribute_joins_its_finding_whatever_request_showed_it()
    {
        var findings = Group(
            Failed("PAT-015", "Patch", "R7644-3.5.2.3-02", "PATCH", "/Users/1", 200, about: "User.active"),
            Failed("DPR-033", "Deprovisioning", "PSEED-DEPROV-01", "GET", "/Users?filter=userName%20sw%20%22x%22", 200, about: "User.active"));
        Assert.That(findings.Single().Checks, Is.EqualTo(new[] { "PAT-015", "DPR-033" }), Describe(findings));
    }
}
