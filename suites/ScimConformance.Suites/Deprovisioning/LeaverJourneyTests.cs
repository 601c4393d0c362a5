using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Deprovisioning;

/// <summary>
/// One leaver from start to end, as an identity provider drives it, with every step on the timeline:
/// created, in a group, deactivated, inactive confirmed, deleted, 404 confirmed, gone from lookups and groups.
/// </summary>
public sealed class LeaverJourneyTests : DeprovisioningFixture
{
    [Test]
    [ScimTest("DPR-032", "Leaver journey: created, deactivated, deleted, then gone everywhere", Areas.Deprovisioning, Severity.Critical,
        "PSEED-DEPROV-01", "R7644-3.6-01", "R7644-3.6-02",
        Remediation = "Follow the timeline to the first red step: that is where a leaver keeps access.")]
    public async Task Leaver_journey()
    {
        var findings = new List<(bool Ok, string Requirement, string Message)>();
        var create = await StepAsync("leaver", "create", new ScimRequest(HttpMethod.Post, Endpoints.Users) { Json = Run.Data.User() },
            r => r.Status == 201 ? ("created", true) : ("not created", false));
        if (create.IsSuccess && create.Object.Text("id") is { Length: > 0 } createdId)
            Run.Ledger.Record(Endpoints.User(createdId), "User", createdId);
        var user = CreatedView(create, "the leaver");
        var id = IdOf(user);
        var path = Endpoints.User(id);

        string? group = null;
        if (Run.Capabilities.Has(Capability.Groups, Run.Discovery))
        {
            group = await GroupWithMembersAsync(id);
            await StepAsync(id, "check membership", new ScimRequest(HttpMethod.Get, Endpoints.Group(group)),
                r => r.Object.Values("members").Contains(id) ? ("member of a group", true) : ("not a member", false));
        }

        if (ActiveAttributeOffered())
        {
            var deactivate = PatchAdvertised
                ? await StepAsync(id, "deactivate", new ScimRequest(HttpMethod.Patch, path) { Json = ReplaceActive(false) }, Written("deactivated"))
                : await StepAsync(id, "deactivate", new ScimRequest(HttpMethod.Put, path) { Json = WithActive(user, false) }, Written("deactivated"));
            findings.Add((deactivate.IsSuccess, "PSEED-DEPROV-01", $"deactivating answered {Describe(deactivate)}."));
            var inactive = await ObserveStepAsync(id, "confirm inactive", "deactivate-read", path, () => Client.GetAsync(path),
                r => r.Status == 200 && ActiveOf(r.Object) == false, "active=false confirmed", "still active");
            findings.Add((inactive.Shown, "PSEED-DEPROV-01", $"GET /{path} after deactivation: expected active=false, {inactive.Describe()}."));
        }

        var delete = await StepAsync(id, "delete", new ScimRequest(HttpMethod.Delete, path), Written("deleted"));
        if (delete.IsSuccess) Run.Ledger.Forget(path);
        // 200 or 204 is DPR-011's verdict; here only whether the delete happened matters.
        Verify.Precondition(delete.IsSuccess, $"DELETE /{path} answered {Describe(delete)}; the rest of the journey cannot be checked.");

        var gone = await ObserveStepAsync(id, "confirm 404", "delete-read", path, () => Client.GetAsync(path),
            r => r.Status == 404, "404 confirmed", "still readable");
        findings.Add((gone.Shown, "R7644-3.6-01", $"GET /{path} after DELETE: expected 404, {gone.Describe()}; last {Describe(gone.Last)}."));

        if (FilterAdvertised)
        {
            var filter = Filters.Eq("userName", UserNameOf(user));
            var lookup = await ObserveStepAsync(id, "lookup by userName", "delete-query", $"{Endpoints.Users}?filter={filter}",
                () => QueryAsync(Endpoints.Users, filter), r => r.Status == 200 && !ResourcesOf(r).Any(u => u.Text("id") == id),
                "not found", "still found");
            findings.Add((lookup.Shown, "R7644-3.6-02", $"filter {filter} after DELETE: expected no {id}, {lookup.Describe()}."));
        }

        if (group is not null)
        {
            var left = await ObserveStepAsync(id, "confirm left group", "delete-membership", Endpoints.Group(group),
                () => Client.GetAsync(Endpoints.Group(group)), r => r.Status == 200 && !r.Object.Values("members").Contains(id),
                "gone from members", "still a member");
            findings.Add((left.Shown, "PSEED-DEPROV-01", $"group {group} after DELETE of {id}: expected it gone from members, {left.Describe()}."));
        }

        foreach (var (ok, requirement, message) in findings) Verify.That(ok, requirement, message);
    }

    private static bool ActiveAttributeOffered()
    {
        if (Run.Discovery.Schemas.Count == 0) return true;
        return Run.Discovery.Attribute(ScimUris.User, "active") is { Mutability: not ("readOnly" or "immutable") };
    }

    private static Func<ScimResponse, (string, bool)> Written(string outcome) =>
        r => r.IsSuccess ? (outcome, true) : ($"refused ({r.Status})", false);

    private static async Task<Observation> ObserveStepAsync(string subject, string action, string kind, string path,
        Func<Task<ScimResponse>> probe, Func<ScimResponse, bool> shows, string good, string bad)
    {
        var at = DateTimeOffset.UtcNow;
        var seen = await Propagation.ObserveAsync(kind, probe, shows);
        LifecycleTimeline.Request(subject, action, HttpMethod.Get, path, at, seen.Last, seen.Shown ? good : bad, seen.Shown,
            seen.Shown ? seen.Delay : null, seen.Immediate ? null : seen.Describe());
        return seen;
    }
}
