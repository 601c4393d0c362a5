using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Scoping;
using ScimConformance.Suites.Deprovisioning;
using ScimConformance.Suites.Scoping;

namespace ScimConformance.Suites.Query;

/// <summary>
/// RFC 7644 §3.4.2.2: a filter on an attribute the server gave a default compares the value the server last returned.
/// active is the attribute servers most often default (to true) when a client leaves it out, and identity providers
/// find their users by it.
/// </summary>
public sealed class DefaultedValueFilterTests : ScimFixture
{
    [Test]
    [ScimTest("QRY-111", "A filter on active matches the value the server defaulted on create", Areas.Query, Severity.High, "R7644-3.4.2.2-13",
        Needs = [Capability.Filter],
        Remediation = "Store the default you return for active (or filter on the returned view): a user created without active and shown active=true must match active eq true.")]
    public async Task Filter_on_a_defaulted_active_matches_the_returned_value()
    {
        var body = Run.Data.User(Run.Capabilities.Has(Capability.EnterpriseUser, Run.Discovery));
        body.Remove("active");
        var created = await CreateUserAsync(body);
        if (created["active"] is not JsonValue returned || !returned.TryGetValue(out bool defaulted))
        {
            Assert.Ignore($"Skipped: a user created without active came back with active {created.At("active").Show()}, so the server defaulted no value to filter on.");
            return;
        }
        var id = IdOf(created);
        var filter = RunScope.Within(RunScopedFilters.Select(Run.Scope, "userName", Run.Prefix, UserNameOf(created)), $"active eq {(defaulted ? "true" : "false")}");

        var seen = await Propagation.ObserveAsync("defaulted-query", () => QueryAsync(Endpoints.Users, filter),
            r => r.Status == 200 && ResourcesOf(r).Any(u => u.Text("id") == id));

        if (!Responses.Subject(seen.Last, "R7644-3.4.2.2-13", $"GET /{Endpoints.Users}?filter={filter}")) return;
        Verify.About("User", "active");
        Verify.That(seen.Shown, "R7644-3.4.2.2-13",
            $"user {id} was created without active and came back with active {(defaulted ? "true" : "false")}; GET /{Endpoints.Users}?filter={filter} "
            + $"should return it, and did {seen.Describe()}: got ids [{string.Join(", ", ResourcesOf(seen.Last).Select(u => u.Text("id")))}].");
    }
}
