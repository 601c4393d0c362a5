using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 7644 §2 and OWASP API2: authentication is enforced on every resource endpoint, not only on the collection.</summary>
public sealed class EndpointAuthenticationTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-013", "GET of an individual user without credentials is refused", Areas.Security, Severity.Critical,
        "P6750-3-01", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-306",
        Remediation = "Apply the authentication middleware to /Users/{id} as well as to /Users; no resource route may be reachable anonymously.")]
    public async Task Individual_user_requires_credentials()
    {
        RequireAuthentication();
        var user = await CreateUserAsync();
        var response = await AnonymousAsync(HttpMethod.Get, Endpoints.User(IdOf(user)));
        ExpectRefused(response, "GET /Users/{id} without credentials", "P6750-3-01");
        Verify.Must(!response.Body.Contains(UserNameOf(user), StringComparison.OrdinalIgnoreCase), "P6750-3-01",
            "the refusal of an anonymous GET still contains the user's userName.");
    }

    [Test]
    [ScimTest("SEC-014", "PUT, PATCH and DELETE of a user without credentials are refused and change nothing", Areas.Security, Severity.Critical,
        "P6750-3-01", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-306",
        Remediation = "Authenticate every write route (PUT, PATCH, DELETE on /Users/{id}) before touching the resource.")]
    public async Task Writes_on_a_user_require_credentials()
    {
        RequireAuthentication();
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));
        var replacement = Replacements.Of(user);
        replacement["displayName"] = "scimconf anonymous overwrite";
        var patch = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUris.PatchOp),
            ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = "scimconf anonymous patch" }),
        };
        ExpectRefused(await AnonymousAsync(HttpMethod.Put, path, replacement), "PUT /Users/{id} without credentials", "P6750-3-01");
        ExpectRefused(await AnonymousAsync(HttpMethod.Patch, path, patch), "PATCH /Users/{id} without credentials", "P6750-3-01");
        ExpectRefused(await AnonymousAsync(HttpMethod.Delete, path), "DELETE /Users/{id} without credentials", "P6750-3-01");

        var after = await Client.GetAsync(path);
        Verify.Must(after.Status == 200, "P6750-3-01", $"after an anonymous DELETE the user answers {after.Status}: it was deleted without credentials.");
        Verify.Must(after.Object.Text("displayName") == user.Text("displayName"), "P6750-3-01",
            $"after anonymous PUT/PATCH the user's displayName is '{after.Object.Text("displayName")}' instead of '{user.Text("displayName")}'.");
    }

    [Test]
    [ScimTest("SEC-015", "POST /Users without credentials creates nothing", Areas.Security, Severity.Critical,
        "P6750-3-01", "R7644-2.2-01", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-306",
        Remediation = "Authenticate POST /Users; if you allow anonymous self-registration, document it and apply the RFC 7644 §7.6 countermeasures.")]
    public async Task Create_requires_credentials()
    {
        RequireAuthentication();
        var body = Run.Data.User();
        var response = await AnonymousAsync(HttpMethod.Post, Endpoints.Users, body);
        if (response.IsSuccess && response.Object.Text("id") is { Length: > 0 } id)
            Run.Ledger.Record(Endpoints.User(id), "User", id);
        ExpectRefused(response, "POST /Users without credentials", "P6750-3-01");
    }

    [Test]
    [ScimTest("SEC-016", "POST /.search without credentials is refused", Areas.Security, Severity.Critical,
        "P6750-3-01", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-306",
        Remediation = "Authenticate the /.search routes (under each resource endpoint and at the root) like the GET queries they mirror.")]
    public async Task Search_requires_credentials()
    {
        RequireAuthentication();
        var search = new JsonObject { ["schemas"] = new JsonArray(ScimUris.SearchRequest), ["count"] = 5 };
        SkipWhenAllAbsent(
            await ExpectRefusedUnlessAbsentAsync(HttpMethod.Post, Endpoints.Users + "/.search", search, "POST /Users/.search without credentials", "P6750-3-01"),
            await ExpectRefusedUnlessAbsentAsync(HttpMethod.Post, ".search", search, "POST /.search without credentials", "P6750-3-01"));
    }

    [Test]
    [ScimTest("SEC-017", "Groups and individual groups without credentials are refused", Areas.Security, Severity.Critical,
        "P6750-3-01", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-306", Needs = [Capability.Groups],
        Remediation = "Apply authentication to /Groups and /Groups/{id} (GET and every write), not only to /Users.")]
    public async Task Groups_require_credentials()
    {
        RequireAuthentication();
        var group = await CreateGroupAsync();
        ExpectRefused(await AnonymousAsync(HttpMethod.Get, Endpoints.Groups), "GET /Groups without credentials", "P6750-3-01");
        ExpectRefused(await AnonymousAsync(HttpMethod.Get, Endpoints.Group(IdOf(group))), "GET /Groups/{id} without credentials", "P6750-3-01");
        ExpectRefused(await AnonymousAsync(HttpMethod.Delete, Endpoints.Group(IdOf(group))), "DELETE /Groups/{id} without credentials", "P6750-3-01");
        var after = await Client.GetAsync(Endpoints.Group(IdOf(group)));
        Verify.Must(after.Status == 200, "P6750-3-01", $"after an anonymous DELETE the group answers {after.Status}: it was deleted without credentials.");
    }

    [Test]
    [ScimTest("SEC-018", "POST /Bulk without credentials is refused", Areas.Security, Severity.Critical,
        "P6750-3-01", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-306",
        Remediation = "Authenticate /Bulk before parsing its operations; every operation inside it must run as the authenticated client.")]
    public async Task Bulk_requires_credentials()
    {
        RequireAuthentication();
        // A well-formed request whose one operation changes nothing (DELETE of an id never issued), so a server that
        // skips authentication answers it as served (200 BulkResponse) instead of refusing an empty request with 400.
        var operation = new JsonObject { ["method"] = "DELETE", ["path"] = "/" + Endpoints.User(Run.Data.Uuid().ToString()) };
        var bulk = new JsonObject { ["schemas"] = new JsonArray(ScimUris.BulkRequest), ["Operations"] = new JsonArray(operation) };
        SkipWhenAllAbsent(await ExpectRefusedUnlessAbsentAsync(HttpMethod.Post, "Bulk", bulk, "POST /Bulk without credentials", "P6750-3-01"));
    }

    [Test]
    [ScimTest("SEC-019", "GET /Me without credentials is refused", Areas.Security, Severity.High,
        "P6750-3-01", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-306",
        Remediation = "Authenticate /Me first: without credentials there is no subject to alias, so answer 401.")]
    public async Task Me_requires_credentials()
    {
        RequireAuthentication();
        SkipWhenAllAbsent(await ExpectRefusedUnlessAbsentAsync(HttpMethod.Get, "Me", null, "GET /Me without credentials", "P6750-3-01"));
    }
}
