using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Findings;
using ScimConformance.Runner.Model;
using static ScimConformance.Tests.Runner.Findings.FailureSamples;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner.Findings;

/// <summary>
/// The rules that join one cause across RFC sections: the form of the error body, a refused query construct, a construct
/// only sent on purpose (version precondition, projection) and the SearchRequest handler; and that they leave unrelated
/// bugs apart.
/// </summary>
[TestFixture]
public sealed class CauseRuleTests
{
    private const string Problem = "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\",\"title\":\"Bad Request\",\"status\":400}";
    private const string ScimError = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"400\",\"scimType\":\"invalidFilter\"}";

    [Test]
    public void Problem_details_errors_under_six_sections_are_one_finding()
    {
        var findings = Group(
            Failed("PAT-028", "Patch", "R7644-3.5.2-03", "PATCH", "/Users/1", 400, responseBody: Problem),
            Failed("ERR-002", "Errors", "R7644-3.12-01", "GET", "/Users/2", 404, responseBody: Problem.Replace("400", "404", StringComparison.Ordinal)),
            Failed("QRY-006", "Query", "R7644-3.4.2.2-05", "GET", "/Users?filter=(((", 400, responseBody: Problem),
            Failed("ERR-008", "Errors", "R7644-3.3-07", "POST", "/Users", 409, responseBody: Problem),
            Failed("ERR-007", "Errors", "R7644-3.8-01", "GET", "/Users/3", 404, responseBody: Problem),
            Failed("BLK-007", "Bulk", "R7644-3.7-02", "POST", "/Bulk", 200,
                responseBody: "{\"Operations\":[{\"method\":\"PATCH\",\"status\":\"404\",\"response\":" + Problem + "}]}"));
        Assert.That(findings, Has.Count.EqualTo(1), string.Join("\n", findings.Select(f => f.Key)));
        Assert.Multiple(() =>
        {
            Assert.That(findings[0].Rule, Is.EqualTo("error-form"));
            Assert.That(findings[0].Title, Is.EqualTo("errors come as problem details (RFC 9457), not as SCIM Error messages"));
            Assert.That(findings[0].Checks, Has.Count.EqualTo(6));
        });
    }

    [Test]
    public void Scim_errors_and_bodiless_errors_are_not_an_error_form_and_html_pages_are_another()
    {
        var findings = Group(
            Failed("ERR-003", "Errors", "R7644-3.12-03", "GET", "/Users/1", 404, responseBody: "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":404}"),
            Failed("SEC-010", "Errors", "R7644-3.12-01", "GET", "/Users/2", 401),
            Failed("ERR-004", "Errors", "R7644-3.12-01", "GET", "/Nope", 404, responseBody: "<html><body>Not Found</body></html>"),
            Failed("ERR-005", "Errors", "R7644-3.12-01", "PUT", "/Users/3", 400, responseBody: Problem));
        Assert.That(findings.Where(f => f.Rule == "error-form").Select(f => f.Key),
            Is.EquivalentTo(new[] { "error-form:HTML", "error-form:problem details (RFC 9457)" }));
        Assert.That(findings.Single(f => f.Rule != "error-form").Checks, Is.EquivalentTo(new[] { "ERR-003", "SEC-010" }));
    }

    [Test]
    public void A_refused_filter_is_one_finding_on_list_root_search_and_beside_a_projection()
    {
        var findings = Group(
            Failed("QRY-002", "Query", "R7644-3.4.2.2-15", "GET", "/Users?filter=title%20co%20%22a%22", 400, responseBody: ScimError),
            Failed("QRY-050", "Query", "R7644-3.4.2.1-01", "POST", "/.search", 400, "{\"filter\":\"title pr\",\"startIndex\":1}", ScimError),
            Failed("ENT-028", "Profiles", "PIDP-COMPAT-01", "GET", "/Groups?excludedAttributes=members&filter=displayName+eq+%22a%22", 400, responseBody: ScimError));
        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Title, Is.EqualTo("queries with a filter are refused (400 invalidFilter)"));
    }

    [Test]
    public void Refusals_with_different_scim_types_are_different_findings()
    {
        var findings = Group(
            Failed("QRY-002", "Query", "R7644-3.4.2.2-15", "GET", "/Users?filter=title%20co%20%22a%22", 400, responseBody: ScimError),
            Failed("QRY-059", "Query", "R7644-3.4.2.4-04", "GET", "/Users?count=999999", 400, responseBody: ScimError.Replace("invalidFilter", "tooMany", StringComparison.Ordinal)));
        Assert.That(findings, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_stale_version_ignored_by_put_delete_and_bulk_is_one_finding()
    {
        var put = WithHeader(Failed("ETG-009", "Versioning", "R7644-3.14-04", "PUT", "/Users/1", 200), "If-Match", "W/\"stale\"");
        var delete = WithHeader(Failed("ETG-011", "Versioning", "R7644-3.12-10", "DELETE", "/Users/2", 204), "If-Match", "W/\"stale\"");
        var bulk = Failed("BLK-015", "Bulk", "R7644-3.7-09", "POST", "/Bulk", 200,
            "{\"Operations\":[{\"method\":\"PUT\",\"path\":\"/Users/3\",\"version\":\"W/\\\"stale\\\"\",\"data\":{}}]}");
        var findings = Group(put, delete, bulk);
        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Key, Is.EqualTo("construct:precondition"));
        Assert.That(findings[0].Title, Is.EqualTo("ETags and preconditions are not honoured"));
    }

    [Test]
    public void A_projection_ignored_is_one_finding_whatever_section_each_check_cited()
    {
        var findings = Group(
            Failed("QRY-062", "Query", "R7643-7-14", "GET", "/Users?filter=userName%20sw%20%22x%22&attributes=userName", 200),
            Failed("QRY-068", "Query", "R7644-3.4.2.5-01", "GET", "/Users?attributes=name.familyName", 200),
            Failed("QRY-048", "Query", "R7644-3.4.3-03", "POST", "/Users/.search", 200, "{\"filter\":\"userName sw \\\"x\\\"\",\"attributes\":[\"userName\"]}"));
        Assert.That(findings.Single().Title, Is.EqualTo("attributes and excludedAttributes are not applied"));
    }

    [Test]
    public void Root_and_resource_searches_answering_unlike_get_are_one_finding_but_a_search_showing_a_delete_is_not()
    {
        var findings = Group(
            Failed("QRY-047", "Query", "R7644-3.4.3-03", "POST", "/Users/.search", 200, "{\"filter\":\"title eq \\\"a\\\"\"}"),
            Failed("QRY-050", "Query", "R7644-3.4.2.1-01", "POST", "/.search", 200, "{\"filter\":\"title pr\",\"startIndex\":1}"),
            Failed("DPR-018", "Deprovisioning", "R7644-3.6-02", "POST", "/Users/.search", 200, "{\"filter\":\"userName eq \\\"a\\\"\"}"),
            Failed("USR-024", "Users", "R7644-3.6-02", "GET", "/Users?filter=userName%20eq%20%22a%22", 200));
        Assert.That(findings.Select(f => f.Checks), Is.EquivalentTo(new[] { new[] { "QRY-047", "QRY-050" }, new[] { "DPR-018", "USR-024" } }));
    }

    [Test]
    public void Unrelated_bugs_stay_apart()
    {
        // A filter that compares case-sensitively, a sort that is ignored, a PATCH that appends and a leaked password:
        // four causes, none of them a construct refused, an error form or a precondition.
        var findings = Group(
            Failed("QRY-010", "Query", "R7644-3.4.2.2-15", "GET", "/Users?filter=userName%20eq%20%22ALICE%22", 200),
            Failed("QRY-051", "Query", "R7644-3.4.2.3-01", "GET", "/Users?sortBy=userName", 200),
            Failed("PAT-020", "Patch", "R7644-3.5.2.3-01", "PATCH", "/Users/1", 200, "{\"Operations\":[]}"),
            Failed("USR-008", "Users", "R7643-4.1.1-12", "POST", "/Users", 201),
            Failed("ERR-011", "Errors", "R7644-3.12-01", "PATCH", "/Users/2", 400, responseBody: Problem),
            Failed("QRY-006", "Query", "R7644-3.4.2.2-05", "GET", "/Users?filter=(((", 500, responseBody: Problem));
        Assert.That(findings, Has.Count.EqualTo(6), string.Join("\n", findings.Select(f => f.Key)));
    }

    private static TestOutcome WithHeader(TestOutcome test, string name, string value) => test with
    {
        Exchanges = [test.Exchanges[0] with { RequestHeaders = [.. test.Exchanges[0].RequestHeaders, new KeyValuePair<string, string>(name, value)] }],
    };
}
