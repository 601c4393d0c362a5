using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Deprovisioning;

/// <summary>
/// Deactivation (the first step of a leaver): active=false set by PATCH or PUT is stored, the user stays
/// readable, and queries on active see it (RFC 7643 §4.1.1 active; RFC 7644 §3.5.1, §3.5.2.3, §3.4.2.2).
/// </summary>
public sealed class DeactivationTests : DeprovisioningFixture
{
    [SetUp]
    public void NeedsActive()
    {
        RequireActive();
        // Every check here judges what a deactivation or reactivation did to active.
        Verify.About("User", "active");
    }

    [Test]
    [ScimTest("DPR-001", "PATCH replace active=false is stored", Areas.Deprovisioning, Severity.Critical,
        "PSEED-DEPROV-01", "R7644-3.5.2.3-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch],
        Remediation = "Apply {\"op\":\"replace\",\"path\":\"active\",\"value\":false} to the stored user, not only to the response; identity providers deactivate leavers this way.")]
    public async Task Patch_deactivation_is_stored()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));

        var patch = await Client.PatchAsync(path, ReplaceActive(false));

        Verify.That(patch.Status is 200 or 204, "R7644-3.5.2-10", $"PATCH replace active=false: expected 200 or 204, got {Describe(patch)}.");
        await RequireInactiveAsync(path, "PATCH replace active=false");
    }

    [Test]
    [ScimTest("DPR-002", "PATCH replace without a path ({\"active\":false}) is stored", Areas.Deprovisioning, Severity.High,
        "PSEED-DEPROV-01", "R7644-3.5.2.3-01", "R7644-3.5.2-10",
        Needs = [Capability.Patch],
        Remediation = "Support replace without a path whose value is {\"active\":false}; Microsoft Entra ID deactivates users with this shape.")]
    public async Task Pathless_patch_deactivation_is_stored()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));

        var patch = await Client.PatchAsync(path, PatchOf(new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["active"] = false } }));

        Verify.That(patch.Status is 200 or 204, "R7644-3.5.2-10", $"PATCH replace {{active:false}} without path: expected 200 or 204, got {Describe(patch)}.");
        await RequireInactiveAsync(path, "PATCH replace without path {\"active\":false}");
    }

    [Test]
    [ScimTest("DPR-003", "PUT with active=false is stored", Areas.Deprovisioning, Severity.Critical,
        "PSEED-DEPROV-01", "R7644-3.5.1-02",
        Remediation = "Store every readWrite attribute a PUT carries, active included; some identity providers deactivate with PUT.")]
    public async Task Put_deactivation_is_stored()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));

        var put = await Client.PutAsync(path, WithActive(user, false));

        Verify.That(put.Status == 200, "R7644-3.5.1-02", $"PUT with active=false: expected 200, got {Describe(put)}: {put.Object.Show()}.");
        await RequireInactiveAsync(path, "PUT with active=false");
    }

    [Test]
    [ScimTest("DPR-004", "A deactivated user stays readable with its id and userName", Areas.Deprovisioning, Severity.High,
        "R7644-3.4.1-01", "PSEED-DEPROV-01",
        Remediation = "Deactivation is not deletion: keep serving the user, with active=false, until the client deletes it.")]
    public async Task Deactivated_user_stays_readable()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        await DeactivateAsync(user);

        var read = await Client.GetAsync(path);

        Verify.That(read.Status == 200, "R7644-3.4.1-01", $"GET /{path} after deactivation: expected 200, got {Describe(read)}.");
        Verify.That(read.Object.Text("id") == IdOf(user) && read.Object.Text("userName") is { } name
                && string.Equals(name, UserNameOf(user), StringComparison.OrdinalIgnoreCase), "R7644-3.4.1-01",
            $"GET after deactivation: expected id {IdOf(user)} and userName {UserNameOf(user)}, got id {read.Object.At("id").Show()} and userName {read.Object.At("userName").Show()}.");
        Verify.That(ActiveOf(read.Object) == false, "PSEED-DEPROV-01",
            $"GET after deactivation: expected active=false, got {read.Object.At("active").Show()}.");
    }

    [Test]
    [ScimTest("DPR-005", "The PATCH that deactivates answers with active=false (or 204)", Areas.Deprovisioning, Severity.Medium,
        "R7644-3.5.2-10",
        Needs = [Capability.Patch],
        Remediation = "When PATCH answers 200, return the resource as it now is, with active=false.")]
    public async Task Patch_response_shows_inactive()
    {
        var user = await CreateUserAsync();

        var patch = await Client.PatchAsync(Endpoints.User(IdOf(user)), ReplaceActive(false));

        Verify.That(patch.Status is 200 or 204, "R7644-3.5.2-10", $"PATCH replace active=false: expected 200 or 204, got {Describe(patch)}.");
        if (patch.Status == 200)
            Verify.That(ActiveOf(patch.Object) == false, "R7644-3.5.2-10",
                $"PATCH replace active=false answered 200 with active {patch.Object.At("active").Show()}; the body must be the resource after the change.");
    }

    [Test]
    [ScimTest("DPR-006", "filter active eq false finds a deactivated user (scoped to the run)", Areas.Deprovisioning, Severity.High,
        "R7644-3.4.2.2-01", "R7644-3.4.2.2-08", "PSEED-DEPROV-01",
        Needs = [Capability.Filter],
        Remediation = "Index active so that filter=active eq false returns deactivated users, and only them; access reviews find leavers this way.")]
    public async Task Filter_finds_inactive_user()
    {
        var (inactive, active, users) = await DeactivatedAndControlAsync();
        var filter = AmongUsers("active eq false", users);

        var (seen, ids) = await ObserveListingAsync("deactivate-query", filter, found => found.Contains(inactive));

        Verify.Precondition(seen.Last.Status == 200, $"filter {filter} answered {Describe(seen.Last)}: {seen.Last.Object.Show()}.");
        Verify.That(seen.Shown, "PSEED-DEPROV-01",
            $"filter {filter}: expected the deactivated user {inactive}, {seen.Describe()}; got ids [{string.Join(", ", ids)}].");
        Verify.That(!ids.Contains(active), "R7644-3.4.2.2-01",
            $"filter {filter}: the still-active user {active} was returned as well.");
    }

    [Test]
    [ScimTest("DPR-007", "filter active eq true no longer returns a deactivated user", Areas.Deprovisioning, Severity.High,
        "R7644-3.4.2.2-01", "PSEED-DEPROV-01",
        Needs = [Capability.Filter],
        Remediation = "Evaluate active filters on the stored value: a deactivated user must not be listed as active.")]
    public async Task Filter_active_true_excludes_inactive_user()
    {
        var leaver = await CreateUserAsync();
        var stayer = await CreateUserAsync();
        await DeactivateAsync(leaver);
        await RequireInactiveAsync(Endpoints.User(IdOf(leaver)), "deactivation");
        var leaverFilter = $"{Filters.Eq("userName", UserNameOf(leaver))} and active eq true";
        var stayerFilter = $"{Filters.Eq("userName", UserNameOf(stayer))} and active eq true";

        var seen = await Propagation.ObserveAsync("deactivate-query", () => QueryAsync(Endpoints.Users, leaverFilter),
            r => r.Status == 200 && !Ids(r).Contains(IdOf(leaver)));
        var control = await QueryAsync(Endpoints.Users, stayerFilter);

        Verify.Precondition(seen.Last.Status == 200 && control.Status == 200,
            $"the filters answered {Describe(seen.Last)} and {Describe(control)}.");
        Verify.That(Ids(control).Contains(IdOf(stayer)), "R7644-3.4.2.2-01",
            $"filter {stayerFilter}: expected the active user {IdOf(stayer)}, got ids [{string.Join(", ", Ids(control))}].");
        Verify.That(seen.Shown, "PSEED-DEPROV-01",
            $"filter {leaverFilter}: expected no result for the deactivated user, {seen.Describe()}; got ids [{string.Join(", ", Ids(seen.Last))}].");
    }

    [Test]
    [ScimTest("DPR-008", "POST /.search with active eq false finds a deactivated user", Areas.Deprovisioning, Severity.Medium,
        "R7644-3.4.3-03", "PSEED-DEPROV-01",
        Needs = [Capability.Filter],
        Remediation = "Answer a SearchRequest filter exactly as the same filter in the URL.")]
    public async Task Search_finds_inactive_user()
    {
        var (inactive, active, users) = await DeactivatedAndControlAsync();
        var filter = AmongUsers("active eq false", users);

        var ids = await SearchIdsAsync(filter);

        Verify.That(ids.Contains(inactive) && !ids.Contains(active), "R7644-3.4.3-03",
            $"POST /.search {filter}: expected {inactive} and not {active}, got ids [{string.Join(", ", ids)}].");
    }

    [Test]
    [ScimTest("DPR-009", "Reactivation by PATCH replace active=true is stored", Areas.Deprovisioning, Severity.High,
        "R7644-3.5.2.3-02", "PSEED-DEPROV-01", "R7644-3.5.2-10",
        Needs = [Capability.Patch],
        Remediation = "Let PATCH active=true restore a deactivated user; identity providers reactivate returning staff this way.")]
    public async Task Patch_reactivation_is_stored()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        await DeactivateAsync(user);
        await RequireInactiveAsync(path, "deactivation");

        var patch = await Client.PatchAsync(path, ReplaceActive(true));

        Verify.That(patch.Status is 200 or 204, "R7644-3.5.2-10", $"PATCH replace active=true: expected 200 or 204, got {Describe(patch)}.");
        await RequireActiveAgainAsync(path, "PATCH replace active=true", "R7644-3.5.2.3-02");
    }

    [Test]
    [ScimTest("DPR-010", "Reactivation by PUT with active=true is stored", Areas.Deprovisioning, Severity.High,
        "R7644-3.5.1-02", "PSEED-DEPROV-01",
        Remediation = "Let a PUT with active=true restore a deactivated user.")]
    public async Task Put_reactivation_is_stored()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        await DeactivateAsync(user);
        await RequireInactiveAsync(path, "deactivation");
        var current = await Client.GetAsync(path);
        Verify.Precondition(current.Status == 200 && current.Object is not null, $"GET /{path} answered {Describe(current)}.");

        var put = await Client.PutAsync(path, WithActive(current.Object!, true));

        Verify.That(put.Status == 200, "R7644-3.5.1-02", $"PUT with active=true: expected 200, got {Describe(put)}: {put.Object.Show()}.");
        await RequireActiveAgainAsync(path, "PUT with active=true", "R7644-3.5.1-02");
    }

    private static async Task RequireActiveAgainAsync(string path, string how, string requirement)
    {
        var seen = await Propagation.ObserveAsync("reactivate-read", () => Client.GetAsync(path), r => r.Status == 200 && ActiveOf(r.Object) == true);
        Verify.That(seen.Shown, requirement,
            $"after {how}: expected GET /{path} to show active=true, {seen.Describe()}; last answer {Describe(seen.Last)} with active {seen.Last.Object.At("active").Show()}.");
    }

    /// <summary>A deactivated user and an active one, both of this check, so a filter's answer can be judged both ways.</summary>
    private static async Task<(string Inactive, string Active, JsonObject[] Users)> DeactivatedAndControlAsync()
    {
        var leaver = await CreateUserAsync();
        var stayer = await CreateUserAsync();
        var path = Endpoints.User(IdOf(leaver));
        await DeactivateAsync(leaver);
        await RequireInactiveAsync(path, "deactivation");
        return (IdOf(leaver), IdOf(stayer), [leaver, stayer]);
    }

    private static string[] Ids(ScimResponse response) => ResourcesOf(response).Select(r => r.Text("id")).OfType<string>().ToArray();
}
