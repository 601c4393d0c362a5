using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;
using ScimConformance.Suites.Scoping;

namespace ScimConformance.Suites.Deprovisioning;

/// <summary>
/// Deletion (the last step of a leaver), RFC 7644 §3.6: 204, then 404 for every operation, gone from every
/// query; the id is never handed out again and the userName can be provisioned again.
/// </summary>
public sealed class DeletionTests : DeprovisioningFixture
{
    [Test]
    [ScimTest("DPR-011", "DELETE of a deactivated user answers 204 No Content", Areas.Deprovisioning, Severity.Medium,
        "R7644-3.6-04", "PSEED-DEPROV-01",
        Remediation = "Answer a successful DELETE with 204 and no body, also when the user was deactivated first.")]
    public async Task Delete_of_deactivated_user_answers_204()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        if (ActiveOf(user) is not null) await DeactivateAsync(user);

        var delete = await DeleteAsync(path);

        Verify.That(delete.Status == 204, "R7644-3.6-04", $"DELETE /{path}: expected 204 No Content, got {Describe(delete)}.");
    }

    [Test]
    [ScimTest("DPR-012", "GET of a deleted user answers 404", Areas.Deprovisioning, Severity.Critical,
        "R7644-3.6-01", "PSEED-DEPROV-01",
        Remediation = "Once deleted, answer GET with 404 even if the record is kept internally.")]
    public async Task Get_after_delete_answers_404()
    {
        var path = await CreatedAndDeletedAsync();

        var seen = await Propagation.ObserveAsync("delete-read", () => Client.GetAsync(path), r => r.Status == 404);

        Verify.That(seen.Shown, "R7644-3.6-01", $"GET /{path} after DELETE: expected 404, {seen.Describe()}; last answer {Describe(seen.Last)}.");
    }

    [Test]
    [ScimTest("DPR-013", "PATCH of a deleted user answers 404 and does not revive it", Areas.Deprovisioning, Severity.High,
        "R7644-3.6-01",
        Needs = [Capability.Patch],
        Remediation = "Answer PATCH on a deleted user with 404; a late reactivation from an identity provider must not bring the user back.")]
    public async Task Patch_after_delete_answers_404()
    {
        var path = await CreatedAndDeletedAsync();

        var patch = await Client.PatchAsync(path, ReplaceActive(true));
        var read = await Client.GetAsync(path);

        Verify.That(patch.Status == 404, "R7644-3.6-01", $"PATCH active=true on /{path} after DELETE: expected 404, got {Describe(patch)}.");
        Verify.That(read.Status == 404, "R7644-3.6-01", $"GET /{path} after the PATCH of the deleted user: expected 404, got {Describe(read)}.");
    }

    [Test]
    [ScimTest("DPR-014", "PUT of a deleted user answers 404 and does not revive it", Areas.Deprovisioning, Severity.High,
        "R7644-3.6-01", "R7644-3.5.1-01",
        Remediation = "Answer PUT on a deleted user with 404; PUT never creates.")]
    public async Task Put_after_delete_answers_404()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        await DeleteRequiredAsync(path);

        var put = await Client.PutAsync(path, Replacements.Of(user));
        if (put.IsSuccess) Run.Ledger.Record(path, "User", IdOf(user));
        var read = await Client.GetAsync(path);

        Verify.That(put.Status == 404, "R7644-3.6-01", $"PUT /{path} after DELETE: expected 404, got {Describe(put)}.");
        Verify.That(read.Status == 404, "R7644-3.5.1-01", $"GET /{path} after the PUT of the deleted user: expected 404, got {Describe(read)}.");
    }

    [Test]
    [ScimTest("DPR-015", "A second DELETE of the same user answers 404", Areas.Deprovisioning, Severity.Low,
        "R7644-3.6-01",
        Remediation = "Answer DELETE of a user that is already gone with 404, so a client can tell a repeat from a success.")]
    public async Task Second_delete_answers_404()
    {
        var path = await CreatedAndDeletedAsync();

        var again = await Client.DeleteAsync(path);

        Verify.That(again.Status == 404, "R7644-3.6-01", $"second DELETE /{path}: expected 404, got {Describe(again)}.");
    }

    [Test]
    [ScimTest("DPR-016", "A deleted user is gone from the run's user list", Areas.Deprovisioning, Severity.Critical,
        "R7644-3.6-02", "PSEED-DEPROV-01",
        Needs = [Capability.Filter],
        Remediation = "Remove deleted users from every list result, including search indexes and caches.")]
    public async Task Deleted_user_is_gone_from_list()
    {
        var user = await CreateUserAsync();
        var id = IdOf(user);
        await DeleteRequiredAsync(Endpoints.User(id));
        // The run's users by the narrowest construct the target accepts (sw on the prefix, else eq on the deleted user's name).
        var filter = RunScopedFilters.Select(Run.Scope, "userName", Run.Prefix, UserNameOf(user));

        var (seen, _) = await ObserveListingAsync("delete-query", filter, ids => !ids.Contains(id));

        Verify.Precondition(seen.Last.Status == 200, $"the list {filter} answered {Describe(seen.Last)}.");
        Verify.That(seen.Shown, "R7644-3.6-02", $"list {filter} after DELETE: expected no {id}, {seen.Describe()}.");
    }

    [Test]
    [ScimTest("DPR-017", "A deleted user is not found by userName or externalId", Areas.Deprovisioning, Severity.Critical,
        "R7644-3.6-02", "PSEED-DEPROV-01",
        Needs = [Capability.Filter],
        Remediation = "Exclude deleted users from lookups: identity providers look a user up by userName or externalId before re-creating it.")]
    public async Task Deleted_user_is_gone_from_lookups()
    {
        var user = await CreateUserAsync();
        var id = IdOf(user);
        await DeleteRequiredAsync(Endpoints.User(id));
        var filters = new List<string> { Filters.Eq("userName", UserNameOf(user)) };
        if (user.Text("externalId") is { } externalId) filters.Add(Filters.Eq("externalId", externalId));

        foreach (var filter in filters)
        {
            // A refused query ends the wait at once (it will not turn into an answer); only a 200 is judged.
            var seen = await Propagation.ObserveAsync("delete-query", () => QueryAsync(Endpoints.Users, filter),
                r => r.Status != 200 || !Ids(r).Contains(id));
            // Filtering on externalId is common but not universal: a 400 there says nothing about deletion.
            if (seen.Last.Status == 400 && filter.StartsWith("externalId", StringComparison.Ordinal)) continue;
            Verify.Precondition(seen.Last.Status == 200, $"filter {filter} answered {Describe(seen.Last)}.");
            Verify.That(seen.Shown, "R7644-3.6-02", $"filter {filter} after DELETE: expected no {id}, {seen.Describe()}; got ids [{string.Join(", ", Ids(seen.Last))}].");
        }
    }

    [Test]
    [ScimTest("DPR-018", "A deleted user is gone from POST /.search", Areas.Deprovisioning, Severity.High,
        "R7644-3.6-02", "R7644-3.4.3-03",
        Needs = [Capability.Filter],
        Remediation = "Serve /.search from the same data as GET queries, without deleted users.")]
    public async Task Deleted_user_is_gone_from_search()
    {
        var user = await CreateUserAsync();
        var id = IdOf(user);
        await DeleteRequiredAsync(Endpoints.User(id));

        var ids = await SearchIdsAsync(Filters.Eq("userName", UserNameOf(user)));

        Verify.That(!ids.Contains(id), "R7644-3.6-02", $"POST /.search userName eq the deleted user: expected no {id}, got ids [{string.Join(", ", ids)}].");
    }

    [Test]
    [ScimTest("DPR-019", "A deactivated then deleted user is not listed as inactive", Areas.Deprovisioning, Severity.High,
        "R7644-3.6-02", "PSEED-DEPROV-01",
        Needs = [Capability.Filter],
        Remediation = "A delete must remove the user, not only deactivate it: filter=active eq false must not return deleted users.")]
    public async Task Deleted_user_is_gone_from_inactive_filter()
    {
        RequireActive();
        var user = await CreateUserAsync();
        var id = IdOf(user);
        await DeactivateAsync(user);
        await DeleteRequiredAsync(Endpoints.User(id));
        var filter = AmongUsers("active eq false", user);

        var (seen, _) = await ObserveListingAsync("delete-query", filter, ids => !ids.Contains(id));

        Verify.Precondition(seen.Last.Status == 200, $"filter {filter} answered {Describe(seen.Last)}.");
        Verify.That(seen.Shown, "R7644-3.6-02", $"filter {filter} after DELETE: expected no {id}, {seen.Describe()}.");
    }

    [Test]
    [ScimTest("DPR-020", "The id of a deleted user is never given to a new user", Areas.Deprovisioning, Severity.Critical,
        "R7643-3.1-06", "R7643-3.1-05",
        Remediation = "Never reuse ids: an identity provider that still holds the old id would act on a different person.")]
    public async Task Deleted_id_is_not_reassigned()
    {
        var user = await CreateUserAsync();
        var oldId = IdOf(user);
        var path = Endpoints.User(oldId);
        await DeleteRequiredAsync(path);

        var newIds = new List<string>();
        for (var i = 0; i < 3; i++) newIds.Add(IdOf(await CreateUserAsync()));
        var read = await Client.GetAsync(path);

        Verify.That(!newIds.Contains(oldId), "R7643-3.1-06",
            $"after deleting {oldId}, three new users got ids [{string.Join(", ", newIds)}]: the deleted id was handed out again.");
        // Only another user under the old id is reuse: the deleted user still answering there keeps its own id, which is
        // USR-024's finding (a deleted resource must not be returned), not this check's.
        var holder = read.Status == 200 ? read.Object.Text("userName") : null;
        Verify.That(read.Status != 200 || string.Equals(holder, UserNameOf(user), StringComparison.OrdinalIgnoreCase), "R7643-3.1-06",
            $"GET /{path} of the deleted id after new creates answered {Describe(read)} with userName {holder ?? "(none)"}, not the deleted "
            + $"user's {UserNameOf(user)}: the id was handed out again.");
    }

    [Test]
    [ScimTest("DPR-021", "The userName of a deleted user can be provisioned again, with a new id", Areas.Deprovisioning, Severity.Medium,
        "R7644-3.6-03", "R7643-3.1-06",
        Remediation = "Leave deleted users out of uniqueness checks, and give the re-created user a new id.")]
    public async Task UserName_is_reusable_after_delete()
    {
        var user = await CreateUserAsync();
        var oldId = IdOf(user);
        await DeleteRequiredAsync(Endpoints.User(oldId));
        var body = Run.Data.User();
        body["userName"] = UserNameOf(user);

        var again = await PostUserAsync(body);

        Verify.That(again.Status == 201, "R7644-3.6-03",
            $"POST of the deleted user's userName {UserNameOf(user)}: expected 201, got {Describe(again)}: {again.Object.Show()}.");
        if (again.Status == 201)
            Verify.That(again.Object.Text("id") is { } newId && newId != oldId, "R7643-3.1-06",
                $"the re-created user got id {again.Object.At("id").Show()}, the id of the deleted user was {oldId}: ids must not be reused.");
    }

    private static async Task<string> CreatedAndDeletedAsync()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        await DeleteRequiredAsync(path);
        return path;
    }

    private static string[] Ids(ScimResponse response) => ResourcesOf(response).Select(r => r.Text("id")).OfType<string>().ToArray();
}
