using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Suites.Deprovisioning;

namespace ScimConformance.Suites.Query;

/// <summary>
/// RFC 7644 §3.4.2.2: a filter on an attribute the server gave a default compares the value the server last returned.
/// active is the attribute servers most often default (to true) when a client leaves it out, and identity providers
/// find their users by it.
/// </summary>
public sealed class DefaultedValueFilterTests : QueryFixture
{
    [Test]
    [ScimTest("QRY-111", "A filter on active matches the value the server defaulted on create", Areas.Query, Severity.High, "R7644-3.4.2.2-13",
        Needs = [Capability.Filter],
        Remediation = "Store the default you return for active (or filter on the returned view): a user created without active and shown active=true must match active eq true.")]
    public async Task Filter_on_a_defaulted_active_matches_the_returned_value()
    {
        // A user of its own, apart from the shared dataset (whose marker "q-" it must not share, or its counts change).
        var marker = Run.Prefix + "dv-";
        var body = Run.Data.User(Run.Capabilities.Has(Capability.EnterpriseUser, Run.Discovery));
        body["userName"] = marker + Run.Data.Token();
        body.Remove("active");
        var created = await CreateUserAsync(body);
        if (created["active"] is not JsonValue returned || !returned.TryGetValue(out bool defaulted))
        {
            Assert.Ignore($"Skipped: a user created without active came back with active {created.At("active").Show()}, so the server defaulted no value to filter on.");
            return;
        }
        var id = IdOf(created);
        var own = new QueryDataset(marker, [created], Run.Capabilities.Has(Capability.EnterpriseUser, Run.Discovery), Run.Scope);
        var filter = $"active eq {(defaulted ? "true" : "false")}";

        var seen = await Propagation.ObserveAsync("defaulted-query", () => FindUsersAsync(own, filter), r => r.Status == 200 && IdsOf(r).Contains(id));

        if (!Responses.Subject(seen.Last, "R7644-3.4.2.2-13", $"GET with filter {filter}")) return;
        Verify.About("User", "active");
        Verify.That(seen.Shown, "R7644-3.4.2.2-13",
            $"user {id} was created without active and came back with active {(defaulted ? "true" : "false")}; GET {seen.Last.RequestUri} "
            + $"should return it, and did {seen.Describe()}: got ids [{string.Join(", ", IdsOf(seen.Last))}].");
    }
}
