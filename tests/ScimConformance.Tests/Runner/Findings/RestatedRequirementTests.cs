using NUnit.Framework;
using ScimConformance.Runner.Findings;
using ScimConformance.Runner.Model;
using static ScimConformance.Tests.Runner.Findings.FailureSamples;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner.Findings;

/// <summary>
/// One requirement restated under several sections is one topic (password in §4.1.1 and writeOnly/returned=never in §7;
/// caseExact in §7 and filter evaluation in RFC 7644 §3.4.2.2), and a second view citing an RFC requirement joins the
/// finding of that requirement's topic when no finding shares its request kind.
/// </summary>
[TestFixture]
public sealed class RestatedRequirementTests
{
    [Test]
    public void Password_writeonly_and_returned_never_are_one_finding_with_the_security_check_on_a_projection()
    {
        var findings = Group(
            Failed("USR-008", "Users", "R7643-4.1.1-12", "POST", "/Users", 201),
            Failed("QRY-065", "Query", "R7643-7-15", "GET", "/Users?filter=userName%20eq%20%22a%22", 200),
            Failed("ATT-User-password-never-returned", "Fidelity", "R7643-7-13", "POST", "/Users", 201),
            Failed("SEC-060", "Security", "R7643-4.1.1-12", "PATCH", "/Users/1?attributes=password", 200, cwe: "CWE-200"));
        Assert.That(findings, Has.Count.EqualTo(1), Describe(findings));
        Assert.That(findings[0].Title, Is.EqualTo("write-only attributes such as password come back in responses"));
        Assert.That(findings[0].Checks, Has.Count.EqualTo(4));
    }

    [Test]
    public void Other_schema_characteristics_stay_apart_from_returned_never()
    {
        var findings = Group(
            Failed("ATT-User-password-never-returned", "Fidelity", "R7643-7-13", "POST", "/Users", 201),
            Failed("ATT-User-title-returned-default", "Fidelity", "R7643-7-16", "GET", "/Users/1", 200));
        Assert.That(findings, Has.Count.EqualTo(2), Describe(findings));
    }

    [Test]
    public void A_filter_ignoring_case_exact_is_one_finding_with_the_filter_checks()
    {
        var findings = Group(
            Failed("ATT-User-title-caseexact", "Fidelity", "R7643-7-08", "GET", "/Users?filter=title%20eq%20%22X%22", 200),
            Failed("QRY-002", "Query", "R7644-3.4.2.2-15", "GET", "/Users?filter=userName%20eq%20%22A%22", 200),
            Failed("QRY-008", "Query", "R7644-3.4.2.2-03", "GET", "/Users?filter=name.familyName%20eq%20%22smith%22", 200));
        Assert.That(findings, Has.Count.EqualTo(1), Describe(findings));
        Assert.That(findings[0].Title, Is.EqualTo("filters return the wrong resources"));
    }

    [Test]
    public void A_security_check_citing_a_protocol_requirement_joins_its_finding_when_no_request_kind_matches()
    {
        // The Bulk checks' oversized requests were served (200); the security check's was refused with 400 instead of 413.
        var findings = Group(
            Failed("BLK-010", "Bulk", "R7644-3.7.4-02", "POST", "/Bulk", 200),
            Failed("SEC-066", "Security", "R7644-3.7.4-02", "POST", "/Bulk", 400, cwe: "CWE-770"));
        Assert.That(findings.Single().Checks, Is.EqualTo(new[] { "BLK-010", "SEC-066" }), Describe(findings));
    }

    [Test]
    public void A_practice_family_is_too_wide_to_join_on()
    {
        // The refused filter cites the deprovisioning practice too; a group read of another leaver is another cause.
        var findings = Group(
            Failed("DPR-030", "Deprovisioning", "PSEED-DEPROV-01", "GET", "/Users?filter=userName%20eq%20%22a%22", 400,
                responseBody: "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"400\",\"scimType\":\"invalidFilter\"}"),
            Failed("DPR-022", "Deprovisioning", "PSEED-DEPROV-01", "GET", "/Groups/1", 200));
        Assert.That(findings, Has.Count.EqualTo(2), Describe(findings));
    }
}
