using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.ETags;

/// <summary>RFC 7644 §3.14: GET with If-None-Match.</summary>
public sealed class ConditionalReadTests : ETagFixture
{
    [Test]
    [ScimTest("ETG-007", "GET with If-None-Match naming the current version answers 304 without a body", Areas.Versioning, Severity.Medium, "R7644-3.14-03",
        Needs = [Capability.ETag],
        Remediation = "Compare If-None-Match with the current version and answer 304 Not Modified, with no body, when it matches.")]
    public async Task If_none_match_current_answers_304()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        var tag = CurrentTag(await ReadAsync(path), "GET of the user");

        var conditional = await SendAsync(HttpMethod.Get, path, null, "If-None-Match", tag);

        Verify.That(conditional.Status == 304, "R7644-3.14-03", $"GET with If-None-Match: {tag} (the current version): expected 304, got {Describe(conditional)}.");
        Verify.That(conditional.Body.Length == 0, "R7644-3.14-03", $"the 304 answer carried a body of {conditional.Body.Length} characters.");
    }

    [Test]
    [ScimTest("ETG-008", "GET with If-None-Match naming another version answers 200 with the resource", Areas.Versioning, Severity.Medium, "R7644-3.14-03",
        Needs = [Capability.ETag],
        Remediation = "Answer 304 only when If-None-Match names the current version; otherwise serve the resource as usual.")]
    public async Task If_none_match_other_answers_200()
    {
        var user = await CreateUserAsync();
        var id = IdOf(user);
        var stale = StaleTag();

        var conditional = await SendAsync(HttpMethod.Get, Endpoints.User(id), null, "If-None-Match", stale);

        Verify.That(conditional.Status == 200 && conditional.Object.Text("id") == id, "R7644-3.14-03",
            $"GET with If-None-Match: {stale} (not the current version): expected 200 with the user, got {Describe(conditional)}.");
    }
}
