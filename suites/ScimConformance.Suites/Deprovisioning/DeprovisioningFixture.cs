using System.Globalization;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Deprovisioning;

/// <summary>
/// Shared steps of the deprovisioning checks: deactivating by PATCH or PUT, deleting, reading back with
/// a bounded wait (<see cref="Propagation"/>), run-scoped queries, and groups whose members are run users.
/// Every query is scoped to what the check created, so foreign data is never read or changed.
/// </summary>
public abstract class DeprovisioningFixture : ScimFixture
{
    /// <summary>Skips when the endpoint's User schema has no writable active attribute: deactivation is then not its concept.</summary>
    protected static void RequireActive()
    {
        if (Run.Discovery.Schemas.Count == 0) return; // no /Schemas: active is part of the core User schema, so assume it
        var active = Run.Discovery.Attribute(ScimUris.User, "active");
        if (active is null)
            Assert.Ignore("Skipped: the User schema the endpoint advertises has no active attribute, so it has no deactivation to test.");
        if (active.Mutability is "readOnly" or "immutable")
            Assert.Ignore($"Skipped: the endpoint's User.active is {active.Mutability}, so a client cannot deactivate through SCIM.");
    }

    protected static bool PatchAdvertised => Run.Capabilities.Has(Capability.Patch, Run.Discovery);
    protected static bool FilterAdvertised => Run.Capabilities.Has(Capability.Filter, Run.Discovery);

    /// <summary>The user's active value: true, false, or null when absent or not a JSON boolean.</summary>
    protected static bool? ActiveOf(JsonObject? user) =>
        user.At("active") is JsonValue v && v.TryGetValue<bool>(out var active) ? active : null;

    protected static JsonObject PatchOf(params JsonObject[] operations) => new()
    {
        ["schemas"] = new JsonArray(ScimUris.PatchOp),
        ["Operations"] = new JsonArray(operations.Select(o => (JsonNode)o).ToArray()),
    };

    protected static JsonObject ReplaceActive(bool active) =>
        PatchOf(new JsonObject { ["op"] = "replace", ["path"] = "active", ["value"] = active });

    protected static JsonObject AddMembers(params string[] ids) => PatchOf(new JsonObject
    {
        ["op"] = "add",
        ["path"] = "members",
        ["value"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject { ["value"] = id }).ToArray()),
    });

    protected static JsonObject RemoveMember(string id) =>
        PatchOf(new JsonObject { ["op"] = "remove", ["path"] = $"members[value eq {Filters.Quote(id)}]" });

    /// <summary>The user as the server shows it, with active replaced: the PUT a provisioning client sends to deactivate.</summary>
    protected static JsonObject WithActive(JsonObject view, bool active)
    {
        var body = Replacements.Of(view);
        foreach (var key in body.Select(p => p.Key).Where(k => k.Equals("active", StringComparison.OrdinalIgnoreCase)).ToArray())
            body.Remove(key);
        body["active"] = active;
        return body;
    }

    /// <summary>Sends and notes the step on the check's lifecycle timeline.</summary>
    protected static async Task<ScimResponse> StepAsync(string subject, string action, ScimRequest request, Func<ScimResponse, (string Outcome, bool Expected)> judge)
    {
        var at = DateTimeOffset.UtcNow;
        var response = await Client.SendAsync(request);
        var (outcome, expected) = judge(response);
        LifecycleTimeline.Request(subject, action, request.Method, request.Path, at, response, outcome, expected);
        return response;
    }

    /// <summary>Deactivates by PATCH when the endpoint advertises it, else by PUT, and checks the write answered 2xx.</summary>
    protected static async Task<ScimResponse> DeactivateAsync(JsonObject user)
    {
        var path = Endpoints.User(IdOf(user));
        var response = PatchAdvertised
            ? await Client.PatchAsync(path, ReplaceActive(false))
            : await Client.PutAsync(path, WithActive(user, false));
        Verify.That(response.IsSuccess, "PSEED-DEPROV-01",
            $"{(PatchAdvertised ? "PATCH replace active=false" : "PUT with active=false")} on /{path}: expected a 2xx answer, got {Describe(response)}: {response.Object.Show()}.");
        return response;
    }

    /// <summary>Waits (within the bound) for GET to show active=false; a user that never shows it fails PSEED-DEPROV-01.</summary>
    protected static async Task<Observation> RequireInactiveAsync(string path, string how)
    {
        var seen = await Propagation.ObserveAsync("deactivate-read", () => Client.GetAsync(path), r => r.Status == 200 && ActiveOf(r.Object) == false);
        Verify.That(seen.Shown, "PSEED-DEPROV-01",
            $"after {how}: expected GET /{path} to show active=false, {seen.Describe()}; last answer {Describe(seen.Last)} with active {seen.Last.Object.At("active").Show()}.");
        return seen;
    }

    /// <summary>Deletes a user or group this check created; the ledger forgets it on success.</summary>
    protected static Task<ScimResponse> DeleteAsync(string path) => DeleteOwnAsync(path);

    /// <summary>A delete the check builds on; whether it answered 204 is DPR-011's verdict, not this check's.</summary>
    protected static async Task DeleteRequiredAsync(string path)
    {
        var response = await DeleteOwnAsync(path);
        Verify.Precondition(response.IsSuccess, $"DELETE /{path} answered {Describe(response)}; what follows a delete cannot be checked.");
    }

    /// <summary>Ids a filter on /Users returns, following pages (count 100, at most 10 pages) without relying on totalResults.</summary>
    protected static async Task<(ScimResponse Response, IReadOnlyList<string> Ids)> UserIdsAsync(string filter)
    {
        const int PageSize = 100;
        var ids = new List<string>();
        ScimResponse response = null!;
        for (var page = 0; page < 10; page++)
        {
            // The first page sends no startIndex: the default (1) is what every server agrees on.
            response = page == 0
                ? await QueryAsync(Endpoints.Users, filter, ("count", PageSize.ToString(CultureInfo.InvariantCulture)))
                : await QueryAsync(Endpoints.Users, filter, ("count", PageSize.ToString(CultureInfo.InvariantCulture)),
                    ("startIndex", (page * PageSize + 1).ToString(CultureInfo.InvariantCulture)));
            if (response.Status != 200) break;
            var resources = ResourcesOf(response);
            ids.AddRange(resources.Select(r => r.Text("id")).OfType<string>());
            if (resources.Count < PageSize) break;
        }
        return (response, ids);
    }

    /// <summary>
    /// Lists the filter (every page) until <paramref name="shows"/> holds for the ids it returns or the propagation
    /// bound passes; <paramref name="kind"/> names the effect for the once-per-kind wait. Returns the ids of the last listing.
    /// </summary>
    protected static async Task<(Observation Seen, IReadOnlyList<string> Ids)> ObserveListingAsync(string kind, string filter, Func<IReadOnlyList<string>, bool> shows)
    {
        IReadOnlyList<string> ids = [];
        var seen = await Propagation.ObserveAsync(kind, async () =>
        {
            var (response, found) = await UserIdsAsync(filter);
            ids = found;
            return response;
        }, r => r.Status == 200 && shows(ids));
        return (seen, ids);
    }

    /// <summary>Ids a POST /Users/.search with the filter returns; skips when the endpoint does not serve /.search.</summary>
    protected static async Task<IReadOnlyList<string>> SearchIdsAsync(string filter)
    {
        var response = await ListPages.JoinAsync(next =>
        {
            var body = new JsonObject
            {
                ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:SearchRequest"),
                ["filter"] = filter,
                ["count"] = 100,
            };
            if (next is { } n) body["startIndex"] = n;
            return Client.PostAsync(Endpoints.Users + "/.search", body);
        });
        Responses.OptionalSetUp(response, $"POST /{Endpoints.Users}/.search with filter {filter}");
        return ResourcesOf(response).Select(r => r.Text("id")).OfType<string>().ToArray();
    }

    /// <summary>
    /// The condition, narrowed to the given users of the check: no query reads foreign data, and what it returns
    /// depends neither on the tenant's size nor on checks running beside this one.
    /// </summary>
    protected static string AmongUsers(string condition, params JsonObject[] users) =>
        $"({string.Join(" or ", users.Select(u => Filters.Eq("userName", UserNameOf(u))))}) and {condition}";

    /// <summary>
    /// A group holding the given users. Members go in the POST; if the server dropped them and PATCH is
    /// advertised they are added by PATCH (what identity providers do), so the check still gets its group.
    /// </summary>
    protected static async Task<string> GroupWithMembersAsync(params string[] memberIds)
    {
        var id = IdOf(await CreateGroupAsync(Run.Data.Group(memberIds)));
        var members = (await ReadGroupAsync(id)).Values("members");
        if (!memberIds.All(members.Contains) && PatchAdvertised)
        {
            await Client.PatchAsync(Endpoints.Group(id), AddMembers(memberIds.Except(members).ToArray()));
            members = (await ReadGroupAsync(id)).Values("members");
        }
        Verify.Precondition(memberIds.All(members.Contains),
            $"the group built for this check does not hold its members (wanted {string.Join(", ", memberIds)}, got [{string.Join(", ", members)}]); the group checks judge that.");
        return id;
    }

    protected static Task<JsonObject> ReadGroupAsync(string id) => ReadSetUpAsync(Endpoints.Group(id), "reading the group's members");

    protected static string MemberList(JsonObject? group) => "[" + string.Join(", ", group.Values("members")) + "]";
}
