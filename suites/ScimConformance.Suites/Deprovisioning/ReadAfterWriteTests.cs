using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Deprovisioning;

/// <summary>
/// How fast deprovisioning takes effect: the request right after the write should already see it. When it
/// does not, the check keeps asking up to the bound and reports the delay it measured (a warning); an effect
/// that never shows within the bound fails.
/// </summary>
public sealed class ReadAfterWriteTests : DeprovisioningFixture
{
    [Test]
    [ScimTest("DPR-028", "A deactivation is visible to the very next read", Areas.Deprovisioning, Severity.Medium,
        "PSEED-DEPROV-02", "PSEED-DEPROV-01",
        Remediation = "Make the write and the read path share one source of truth (or invalidate caches on write), so a leaver is inactive the moment the request returns.")]
    public async Task Deactivation_visible_at_once()
    {
        RequireActive();
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        var id = IdOf(user);
        await TimedAsync(id, "deactivate", () => DeactivateAsync(user), PatchAdvertised ? HttpMethod.Patch : HttpMethod.Put, path, "deactivated");

        var seen = await ObserveAsync(id, "confirm inactive", "deactivate-read", HttpMethod.Get, path, () => Client.GetAsync(path),
            r => r.Status == 200 && ActiveOf(r.Object) == false, "active=false seen", "still active");

        Judge(seen, $"GET /{path} showing active=false after the deactivation");
    }

    [Test]
    [ScimTest("DPR-029", "A deletion is visible to the very next read", Areas.Deprovisioning, Severity.Medium,
        "PSEED-DEPROV-02", "PSEED-DEPROV-01",
        Remediation = "Answer 404 for a deleted user from the moment the DELETE returns; do not serve it from a cache.")]
    public async Task Deletion_visible_at_once()
    {
        var user = await CreateUserAsync();
        var id = IdOf(user);
        var path = Endpoints.User(id);
        await TimedAsync(id, "delete", () => DeleteForTimelineAsync(path), HttpMethod.Delete, path, "deleted");

        var seen = await ObserveAsync(id, "confirm 404", "delete-read", HttpMethod.Get, path, () => Client.GetAsync(path),
            r => r.Status == 404, "404 confirmed", "still readable");

        Judge(seen, $"GET /{path} answering 404 after the DELETE");
    }

    [Test]
    [ScimTest("DPR-030", "A deletion is visible to the very next lookup", Areas.Deprovisioning, Severity.Medium,
        "PSEED-DEPROV-02", "PSEED-DEPROV-01",
        Needs = [Capability.Filter],
        Remediation = "Update search indexes in the same transaction as the delete, so an identity provider's lookup right after does not find the leaver.")]
    public async Task Deletion_visible_to_lookup_at_once()
    {
        var user = await CreateUserAsync();
        var id = IdOf(user);
        var path = Endpoints.User(id);
        await TimedAsync(id, "delete", () => DeleteForTimelineAsync(path), HttpMethod.Delete, path, "deleted");
        var filter = Filters.Eq("userName", UserNameOf(user));

        var seen = await ObserveAsync(id, "lookup by userName", "delete-query", HttpMethod.Get, $"{Endpoints.Users}?filter={filter}",
            () => QueryAsync(Endpoints.Users, filter),
            r => r.Status == 200 && !ResourcesOf(r).Any(u => u.Text("id") == id), "not found", "still found");

        Verify.Precondition(seen.Last.Status == 200, $"filter {filter} answered {Describe(seen.Last)}.");
        Judge(seen, $"filter {filter} no longer returning the deleted user");
    }

    [Test]
    [ScimTest("DPR-031", "A membership removal is visible to the very next group read", Areas.Deprovisioning, Severity.Medium,
        "PSEED-DEPROV-02", "PSEED-DEPROV-01",
        Needs = [Capability.Groups, Capability.Patch],
        Remediation = "Apply membership changes synchronously, so access granted through a group ends when the PATCH returns.")]
    public async Task Membership_removal_visible_at_once()
    {
        var member = IdOf(await CreateUserAsync());
        var group = await GroupWithMembersAsync(member);
        var groupPath = Endpoints.Group(group);
        await TimedAsync(member, "remove from group", async () =>
        {
            var patch = await Client.PatchAsync(groupPath, RemoveMember(member));
            Verify.Precondition(patch.IsSuccess, $"PATCH remove member answered {Describe(patch)} (DPR-026 judges that).");
            return patch;
        }, HttpMethod.Patch, groupPath, "removed");

        var seen = await ObserveAsync(member, "confirm not a member", "membership-group", HttpMethod.Get, groupPath, () => Client.GetAsync(groupPath),
            r => r.Status == 200 && !r.Object.Values("members").Contains(member), "membership gone", "still a member");

        Judge(seen, $"group {group} no longer listing {member}");
    }

    /// <summary>A delay warns (PSEED-DEPROV-02); never within the bound fails (PSEED-DEPROV-01).</summary>
    private static void Judge(Observation seen, string effect)
    {
        Verify.That(seen.Shown, "PSEED-DEPROV-01", $"{effect}: {seen.Describe()}; last answer {Describe(seen.Last)}.");
        Verify.That(seen.Immediate, "PSEED-DEPROV-02",
            $"{effect}: not visible to the next request; it showed {seen.Describe()}. Identity providers read back right after they write.");
    }

    private static async Task<ScimResponse> DeleteForTimelineAsync(string path)
    {
        var response = await DeleteAsync(path);
        Verify.Precondition(response.IsSuccess, $"DELETE /{path} answered {Describe(response)}; what follows a delete cannot be checked.");
        return response;
    }

    private static async Task TimedAsync(string subject, string action, Func<Task<ScimResponse>> write, HttpMethod method, string path, string outcome)
    {
        var at = DateTimeOffset.UtcNow;
        var response = await write();
        LifecycleTimeline.Request(subject, action, method, path, at, response, outcome, response.IsSuccess);
    }

    private static async Task<Observation> ObserveAsync(string subject, string action, string kind, HttpMethod method, string path,
        Func<Task<ScimResponse>> probe, Func<ScimResponse, bool> shows, string good, string bad)
    {
        var at = DateTimeOffset.UtcNow;
        var seen = await Propagation.ObserveAsync(kind, probe, shows);
        LifecycleTimeline.Request(subject, action, method, path, at, seen.Last, seen.Shown ? good : bad, seen.Immediate,
            seen.Shown ? seen.Delay : null, seen.Shown && !seen.Immediate ? $"seen {seen.Describe()}" : seen.Shown ? null : seen.Describe());
        return seen;
    }
}
