using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Redaction;
using ScimConformance.Runner.Findings;
using ScimConformance.Runner.Model;
using static ScimConformance.Tests.Runner.Findings.FailureSamples;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner.Findings;

[TestFixture]
public sealed class FindingGrouperTests
{
    [Test]
    public void Failures_citing_one_rfc_section_are_one_finding_whatever_request_showed_them()
    {
        var findings = Group(
            Failed("QRY-001", "Query", "R7644-3.4.2.2-01", "GET", "/Users?filter=userName%20co%20%22a%22", 200),
            Failed("QRY-002", "Query", "R7644-3.4.2.2-15", "GET", "/Users?filter=title%20eq%20%22X%22", 200),
            Failed("USR-028", "Users", "R7644-3.4.2.2-15", "POST", "/Users/.search", 200, "{\"filter\":\"userName eq \\\"A\\\"\"}"));
        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(findings[0].Rule, Is.EqualTo("requirement"));
            Assert.That(findings[0].Title, Is.EqualTo("filters return the wrong resources"));
            Assert.That(findings[0].Checks, Is.EqualTo(new[] { "QRY-001", "QRY-002", "USR-028" }));
            Assert.That(findings[0].Requirements, Is.EqualTo(new[] { "R7644-3.4.2.2-01", "R7644-3.4.2.2-15" }));
        });
    }

    [Test]
    public void Different_sections_are_different_findings_ordered_by_severity()
    {
        var findings = Group(
            Failed("QRY-051", "Query", "R7644-3.4.2.3-01", "GET", "/Users?sortBy=userName", 200, severity: Severity.Low),
            Failed("USR-008", "Users", "R7643-4.1.1-12", "POST", "/Users", 201, severity: Severity.Critical));
        Assert.That(findings.Select(f => (f.Id, f.Checks[0], f.Severity)), Is.EqualTo(new[] { ("F1", "USR-008", Severity.Critical), ("F2", "QRY-051", Severity.Low) }));
    }

    [Test]
    public void The_same_request_kind_answering_5xx_is_one_server_error_whatever_each_check_cited()
    {
        var findings = Group(
            Failed("QRY-006", "Query", "R7644-3.4.2.2-05", "GET", "/Users?filter=(((", 500),
            Failed("SEC-053", "Security", "POWASP-API8-01", "GET", "/Users?filter=%27%20or%201%3D1", 500, severity: Severity.High),
            Failed("QRY-059", "Query", "R7644-3.4.2.4-04", "GET", "/Users?count=999999", 500));
        Assert.That(findings.Select(f => f.Key), Is.EquivalentTo(new[] { "server-error:GET|/Users|filter", "server-error:GET|/Users|count" }));
        var filter = findings.Single(f => f.Key.EndsWith("filter", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(filter.Checks, Is.EquivalentTo(new[] { "QRY-006", "SEC-053" }));
            Assert.That(filter.Severity, Is.EqualTo(Severity.High), "the highest severity of its checks");
            Assert.That(filter.Title, Is.EqualTo("GET /Users with a filter answers 500, a server error"));
        });
    }

    [Test]
    public void A_provider_replay_joins_the_finding_with_the_same_answer_to_the_same_kind_of_request()
    {
        var findings = Group(
            Failed("USR-020", "Users", "R7644-3.6-04", "DELETE", "/Users/4f1c", 200),
            Failed("OKT-028", "Profiles", "PIDP-COMPAT-01", "DELETE", "/Groups/77aa", 200),
            Failed("ENT-001", "Profiles", "PIDP-COMPAT-01", "PATCH", "/Users/4f1c", 400, responseBody: "{\"scimType\":\"invalidPath\"}"));
        Assert.That(findings, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(findings.Single(f => f.Checks.Contains("USR-020")).Checks, Is.EqualTo(new[] { "USR-020", "OKT-028" }), "DELETE of a resource answered 2xx: Users and Groups alike");
            var own = findings.Single(f => f.Checks.Contains("ENT-001"));
            Assert.That(own.Rule, Is.EqualTo("provider-replay"));
            Assert.That(own.Title, Does.Contain("PATCH /Users/{id}").And.Contain("400 invalidPath"));
        });
    }

    [Test]
    public void A_security_check_joins_a_protocol_finding_on_the_same_request_kind_else_groups_by_its_cwe()
    {
        var findings = Group(
            Failed("USR-006", "Users", "R7643-3.1-01", "POST", "/Users", 201),
            Failed("SEC-057", "Security", "POWASP-API3-01", "POST", "/Users", 201, cwe: "CWE-915"),
            Failed("SEC-001", "Security", "R7644-2-01", "GET", "/Users", 200, cwe: "CWE-306"),
            Failed("SEC-002", "Security", "R7644-2-02", "GET", "/Groups/1", 200, cwe: "CWE-306"));
        Assert.That(findings.Select(f => f.Checks.Count).Order(), Is.EqualTo(new[] { 2, 2 }));
        Assert.That(findings.Single(f => f.Checks.Contains("SEC-001")).Key, Is.EqualTo("security:CWE-306"));
    }

    [Test]
    public void Accepted_failures_warnings_and_errors_are_not_findings()
    {
        var findings = Group(
            Failed("USR-002", "Users", "R7644-3.3-05", "POST", "/Users", 201, outcome: Outcome.Accepted),
            Failed("USR-003", "Users", "R7644-3.3-05", "POST", "/Users", 201, outcome: Outcome.Warn),
            Failed("USR-004", "Users", "R7644-3.3-05", "POST", "/Users", null, outcome: Outcome.Error));
        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void A_request_without_answer_is_its_own_finding()
    {
        var findings = Group(Failed("BLK-011", "Bulk", "R7644-3.7.4-02", "POST", "/Bulk", null));
        Assert.That(findings.Single().Title, Is.EqualTo("POST /Bulk gets no answer"));
    }

    [Test]
    public void The_reproduction_is_the_evidence_of_the_check_with_the_smallest_request()
    {
        var findings = Group(
            Failed("PAT-001", "Patch", "R7644-3.5.2-01", "PATCH", "/Users/1", 200, "{\"Operations\":[{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"a@example.com\"}]}]}"),
            Failed("PAT-002", "Patch", "R7644-3.5.2-02", "PATCH", "/Users/2", 200, "{\"Operations\":[]}"));
        var reproduction = findings.Single().Reproduction!;
        Assert.Multiple(() =>
        {
            Assert.That(reproduction.Check, Is.EqualTo("PAT-002"));
            Assert.That(reproduction.Exchanges, Is.EqualTo(new[] { 0 }));
            Assert.That(reproduction.Status, Is.EqualTo(200));
            Assert.That(reproduction.Curl, Does.StartWith("curl -sS -i -X PATCH 'https://scim.example.com/scim/v2/Users/2'"));
            Assert.That(reproduction.Curl, Does.Contain("-H \"Authorization: Bearer $SCIM_TOKEN\"").And.Contain("--data-raw '{\"Operations\":[]}'"));
            Assert.That(reproduction.Curl, Does.Not.Contain("User-Agent").And.Not.Contain("REDACTED"));
        });
    }

    [Test]
    public void Endpoint_text_in_a_title_loses_terminal_escapes_and_bidi_controls()
    {
        var findings = Group(Failed("ERR-001", "Errors", "R7644-3.12-01", "GET", "/Users/x", 404, responseBody: "{\"scimType\":\"inv\\u001b[31malid\\u202e\"}"));
        var title = findings.Single().Title;
        Assert.That(title, Does.Contain("404 invalid"));
        Assert.That(title.Any(DisplayText.IsUnsafe), Is.False);
    }

    [Test]
    public void Every_default_rule_is_named_once_and_ends_with_one_that_takes_everything()
    {
        var rules = FindingRules.Default;
        Assert.That(rules.Select(r => r.Name), Is.Unique);
        var last = rules[^1];
        Assert.That(last.Area is null && last.StatusClass is null && last.Requirements is null && !last.Folds, "a failure no rule takes would vanish from the findings");
    }
}
