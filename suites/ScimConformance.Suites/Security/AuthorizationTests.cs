using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 7644 §2 and OWASP API1/API5: a read-only client cannot write; tenants cannot reach each other's resources.</summary>
public sealed class AuthorizationTests : SecurityFixture
{
    private const string ReadOnlyFlags = "--read-only-token-env NAME or --read-only-token-file PATH";
    private const string SecondTenantFlags = "--second-tenant-token-env NAME or --second-tenant-token-file PATH";

    [Test]
    [ScimTest("SEC-030", "A read-only token cannot create, replace, patch or delete (403)", Areas.Security, Severity.Critical,
        "R7644-2-04", "R7644-2-06", "R7644-2.1-01", "R7644-3.12-07", "POWASP-API8-02", Cwe = "CWE-285",
        Remediation = "Enforce the token's scope on every write route: a token without write scope gets 403 insufficient_scope and changes nothing.")]
    public async Task Read_only_token_cannot_write()
    {
        var token = Require(Inputs.ReadOnlyToken, "read-only token", ReadOnlyFlags);
        var read = await WithTokenAsync(token, HttpMethod.Get, Endpoints.Users, query: [new("count", "1")]);
        Verify.Precondition(read.Status == 200, $"the read-only token cannot even read (GET {Endpoints.Users} answered {read.Status}); check the token.");

        var created = await WithTokenAsync(token, HttpMethod.Post, Endpoints.Users, Run.Data.User());
        if (created.IsSuccess && created.Object.Text("id") is { Length: > 0 } leakedId)
            Run.Ledger.Record(Endpoints.User(leakedId), "User", leakedId);
        JudgeForbidden(created, "POST /Users with the read-only token");

        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        var replacement = Replacements.Of(user);
        replacement["displayName"] = "scimconf read-only overwrite";
        JudgeForbidden(await WithTokenAsync(token, HttpMethod.Put, path, replacement), "PUT /Users/{id} with the read-only token");
        JudgeForbidden(await WithTokenAsync(token, HttpMethod.Patch, path, DisplayNamePatch("scimconf read-only patch")), "PATCH /Users/{id} with the read-only token");
        JudgeForbidden(await WithTokenAsync(token, HttpMethod.Delete, path), "DELETE /Users/{id} with the read-only token");

        var after = await Client.GetAsync(path);
        Verify.Must(after.Status == 200 && after.Object.Text("displayName") == user.Text("displayName"), "R7644-2-04",
            $"after writes with the read-only token the user answers {after.Status} with displayName '{after.Object.Text("displayName")}': it was changed.");
    }

    [Test]
    [ScimTest("SEC-033", "A read-only token's refusal says error=\"insufficient_scope\"", Areas.Security, Severity.Low,
        "P6750-3.1-02", "R7644-3.12-07",
        Remediation = "Answer writes with a token lacking write scope with 403 and `WWW-Authenticate: Bearer error=\"insufficient_scope\"` (RFC 6750 §3.1).")]
    public async Task Read_only_refusal_names_insufficient_scope()
    {
        var token = Require(Inputs.ReadOnlyToken, "read-only token", ReadOnlyFlags);
        var response = await WithTokenAsync(token, HttpMethod.Post, Endpoints.Users, Run.Data.User());
        if (response.IsSuccess && response.Object.Text("id") is { Length: > 0 } leakedId)
            Run.Ledger.Record(Endpoints.User(leakedId), "User", leakedId);
        if (response.IsSuccess) Assert.Ignore($"Not applicable: the read-only token could create a user ({Describe(response)}), so there is no refusal to inspect; SEC-030 reports that.");
        var challenge = response.Header("WWW-Authenticate") ?? "";
        Verify.That(response.Status == 403 && challenge.Contains("insufficient_scope", StringComparison.OrdinalIgnoreCase), "P6750-3.1-02",
            $"the refused write answered {response.Status} with WWW-Authenticate '{(challenge.Length == 0 ? "none" : challenge)}' instead of 403 with error=\"insufficient_scope\".");
    }

    [Test]
    [ScimTest("SEC-031", "A second tenant can neither read, change nor delete the first tenant's user by id", Areas.Security, Severity.Critical,
        "POWASP-API1-01", "R7644-2-04", "R7643-9.3-02", Cwe = "CWE-639",
        Remediation = "Scope every lookup by id to the caller's tenant (e.g. WHERE tenant_id = @caller) and answer 404 for another tenant's ids.")]
    public async Task Second_tenant_cannot_reach_a_user_by_id()
    {
        var token = await SecondTenantAsync();
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));

        var read = await WithTokenAsync(token, HttpMethod.Get, path);
        JudgeIsolated(read, "GET /Users/{id} of the first tenant's user with the second tenant's token", user);
        var replacement = Replacements.Of(user);
        replacement["displayName"] = "scimconf cross-tenant overwrite";
        JudgeIsolated(await WithTokenAsync(token, HttpMethod.Put, path, replacement), "PUT /Users/{id} across tenants", user);
        JudgeIsolated(await WithTokenAsync(token, HttpMethod.Patch, path, DisplayNamePatch("scimconf cross-tenant patch")), "PATCH /Users/{id} across tenants", user);
        JudgeIsolated(await WithTokenAsync(token, HttpMethod.Delete, path), "DELETE /Users/{id} across tenants", user);

        var after = await Client.GetAsync(path);
        Verify.Must(after.Status == 200 && after.Object.Text("displayName") == user.Text("displayName"), "POWASP-API1-01",
            $"after the second tenant's writes the user answers {after.Status} with displayName '{after.Object.Text("displayName")}': another tenant changed or deleted it.");
    }

    [Test]
    [ScimTest("SEC-032", "A second tenant never sees the first tenant's users in lists, filters or searches", Areas.Security, Severity.Critical,
        "POWASP-API1-01", "R7644-2-04", "R7643-9.3-03", Cwe = "CWE-639",
        Remediation = "Apply the tenant scope inside the query itself (list, filter, /.search), not after paging, so foreign resources never match.")]
    public async Task Second_tenant_never_lists_the_first_tenants_users()
    {
        var token = await SecondTenantAsync();
        var user = await CreateUserAsync();
        var id = IdOf(user);
        var userName = UserNameOf(user);
        var externalId = user.Text("externalId");

        var probes = new List<(string What, ScimResponse Response)>
        {
            ("GET /Users?count=1000", await WithTokenAsync(token, HttpMethod.Get, Endpoints.Users, query: [new("count", "1000")])),
        };
        if (Run.Capabilities.Filter)
        {
            probes.Add(("filter userName eq", await WithTokenAsync(token, HttpMethod.Get, Endpoints.Users, query: [new("filter", Filters.Eq("userName", userName))])));
            probes.Add(("filter id eq", await WithTokenAsync(token, HttpMethod.Get, Endpoints.Users, query: [new("filter", Filters.Eq("id", id))])));
            if (externalId is not null)
                probes.Add(("filter externalId eq", await WithTokenAsync(token, HttpMethod.Get, Endpoints.Users, query: [new("filter", Filters.Eq("externalId", externalId))])));
            probes.Add(("filter userName sw <run prefix>", await WithTokenAsync(token, HttpMethod.Get, Endpoints.Users, query: [new("filter", Filters.StartsWith("userName", Run.Prefix))])));
            var search = new JsonObject { ["schemas"] = new JsonArray(ScimUris.SearchRequest), ["filter"] = Filters.Eq("userName", userName) };
            probes.Add(("POST /Users/.search", await WithTokenAsync(token, HttpMethod.Post, Endpoints.Users + "/.search", search)));
        }
        foreach (var (what, response) in probes)
        {
            Verify.Must(!response.Body.Contains(id, StringComparison.Ordinal) && !response.Body.Contains(userName, StringComparison.OrdinalIgnoreCase), "POWASP-API1-01",
                $"{what} with the second tenant's token ({Describe(response)}) returned the first tenant's user {userName}.");
            // RFC 7643 §9.3 keeps externalId to the client domain that set it; a foreign tenant reading it is the broken
            // object-level authorisation of OWASP API1, whose MUST sets the level here.
            Verify.Must(externalId is null || !response.Body.Contains(externalId, StringComparison.Ordinal), "POWASP-API1-01",
                $"{what} with the second tenant's token ({Describe(response)}) disclosed the first tenant's externalId {externalId}.");
        }
    }

    private static async Task<string> SecondTenantAsync()
    {
        var token = Require(Inputs.SecondTenantToken, "second tenant's token", SecondTenantFlags);
        var probe = await WithTokenAsync(token, HttpMethod.Get, Endpoints.Users, query: [new("count", "1")]);
        Verify.Precondition(probe.Status == 200, $"the second tenant's token cannot list users (GET {Endpoints.Users} answered {probe.Status}); check the token.");
        return token;
    }

    private static JsonObject DisplayNamePatch(string value) => new()
    {
        ["schemas"] = new JsonArray(ScimUris.PatchOp),
        ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = value }),
    };

    private static void JudgeForbidden(ScimResponse response, string what)
    {
        Verify.Must(!response.IsSuccess, "R7644-2-04", $"{what} succeeded ({Describe(response)}): a read-only client could write.");
        Verify.Should(response.Status < 500, "POWASP-API8-02", $"{what} answered {response.Status} instead of 403.");
        Verify.That(response.Status == 403, "R7644-3.12-07", $"{what} answered {response.Status} instead of 403 Forbidden.");
    }

    private static void JudgeIsolated(ScimResponse response, string what, JsonObject user)
    {
        Verify.Must(!response.IsSuccess, "POWASP-API1-01", $"{what} succeeded ({Describe(response)}): tenants are not isolated.");
        Verify.Must(!response.Body.Contains(UserNameOf(user), StringComparison.OrdinalIgnoreCase), "POWASP-API1-01",
            $"{what} was refused with {response.Status} but the answer contains the user's userName.");
        Verify.That(response.Status is 404 or 403, "POWASP-API1-01", $"{what} answered {response.Status} instead of 404 (or 403).");
    }
}
