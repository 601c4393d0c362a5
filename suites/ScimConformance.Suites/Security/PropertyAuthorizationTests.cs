using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Security;

/// <summary>OWASP API3 (mass assignment and excessive data exposure): read-only properties cannot be set, password never comes back.</summary>
public sealed class PropertyAuthorizationTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-057", "A client-supplied id is ignored on create and replace", Areas.Security, Severity.High,
        "POWASP-API3-01", "R7643-3.1-07", Cwe = "CWE-915",
        Remediation = "Ignore id in request bodies: assign ids on the server at create, and keep the id from the URL on PUT.")]
    public async Task Client_id_is_ignored()
    {
        var chosen = "scimconf-chosen-" + Run.Data.Token(32);
        var body = Run.Data.User();
        body["id"] = chosen;
        var created = CreatedView(await PostUserAsync(body), "a user with a client-chosen id");
        Verify.Must(IdOf(created) != chosen, "R7643-3.1-07", $"POST kept the client-chosen id '{chosen}': clients can pick or collide with ids.");

        var id = IdOf(created);
        var replacement = Replacements.Of(created);
        var other = "scimconf-other-" + Run.Data.Token(32);
        replacement["id"] = other;
        var put = await Client.PutAsync(Endpoints.User(id), replacement);
        if (put.IsSuccess && put.Object.Text("id") is { } putId && putId != id)
            Run.Ledger.Record(Endpoints.User(putId), "User", putId);
        Verify.Must(!put.IsSuccess || put.Object.Text("id") is null || put.Object.Text("id") == id, "POWASP-API3-01",
            $"PUT with id '{other}' in the body answered id '{put.Object.Text("id")}' instead of keeping '{id}'.");
        var read = await Client.GetAsync(Endpoints.User(id));
        Verify.Must(read.Status == 200, "POWASP-API3-01", $"after a PUT carrying another id, GET of the original id answers {read.Status}.");
    }

    [Test]
    [ScimTest("SEC-058", "Client-supplied meta is ignored", Areas.Security, Severity.Medium,
        "POWASP-API3-01", "R7643-3.1-11", Cwe = "CWE-915",
        Remediation = "Drop meta from request bodies and set created, lastModified, location, version and resourceType on the server.")]
    public async Task Client_meta_is_ignored()
    {
        var body = Run.Data.User();
        body["meta"] = new JsonObject
        {
            ["resourceType"] = "Group",
            ["created"] = "2001-01-01T00:00:00Z",
            ["lastModified"] = "2001-01-01T00:00:00Z",
            ["location"] = "https://attacker.invalid/scim/v2/Users/x",
            ["version"] = "W/\"scimconf-forged\"",
        };
        var created = CreatedView(await PostUserAsync(body), "a user with client-supplied meta");
        var meta = created.Object("meta");
        Verify.Must(meta.Text("resourceType") is null or "User", "R7643-3.1-11", $"meta.resourceType is '{meta.Text("resourceType")}', as the client sent.");
        Verify.Must(meta.Text("created") is not { } c || !c.StartsWith("2001-01-01", StringComparison.Ordinal), "R7643-3.1-11", $"meta.created is '{meta.Text("created")}', as the client sent.");
        Verify.Must(meta.Text("lastModified") is not { } m || !m.StartsWith("2001-01-01", StringComparison.Ordinal), "R7643-3.1-11", $"meta.lastModified is '{meta.Text("lastModified")}', as the client sent.");
        Verify.Must(meta.Text("location") is not { } l || !l.Contains("attacker.invalid", StringComparison.OrdinalIgnoreCase), "R7643-3.1-11", $"meta.location is '{meta.Text("location")}', as the client sent.");
        Verify.Must(meta.Text("version") != "W/\"scimconf-forged\"", "R7643-3.1-11", "meta.version is the forged value the client sent.");
    }

    [Test]
    [ScimTest("SEC-059", "A client cannot join a group through the user's readOnly groups attribute", Areas.Security, Severity.High,
        "POWASP-API3-01", "R7643-3.1-03", "POWASP-API8-02", Cwe = "CWE-915", Needs = [Capability.Groups],
        Remediation = "Ignore User.groups in requests (it is readOnly); change membership only through the Group's members.")]
    public async Task Groups_attribute_is_ignored()
    {
        var group = await CreateGroupAsync();
        var groupId = IdOf(group);
        var body = Run.Data.User();
        body["groups"] = new JsonArray(new JsonObject { ["value"] = groupId, ["display"] = group.Text("displayName") });
        var response = await PostUserAsync(body);
        Verify.Should(response.Status < 500, "POWASP-API8-02", $"POST with a groups attribute answered {response.Status}.");
        if (!response.IsSuccess) return; // refusing the readOnly attribute is allowed
        var userId = IdOf(response.Object!);
        var read = await Client.GetAsync(Endpoints.Group(groupId));
        Verify.Precondition(read.Status == 200, $"reading the group back answered {read.Status}.");
        var members = read.Object.Array("members")?.OfType<JsonObject>().Select(m => m.Text("value")).ToArray() ?? [];
        Verify.Must(!members.Contains(userId), "POWASP-API3-01",
            "the new user became a member of the group by listing it in its own readOnly groups attribute (privilege escalation by mass assignment).");
    }

    [Test]
    [ScimTest("SEC-060", "password is never returned, whatever the projection or operation", Areas.Security, Severity.Critical,
        "R7643-4.1.1-12", "R7643-4.1.1-06", "R7643-7-13", "POWASP-API3-01", "POWASP-API8-02", Cwe = "CWE-200",
        Remediation = "Never serialise password (returned=never): not even when asked for by attributes=password, in PATCH/PUT answers or in /.search results.")]
    public async Task Password_is_never_returned()
    {
        var body = Run.Data.User();
        var password = Run.Data.Password();
        body["password"] = password;
        var created = CreatedView(await PostUserAsync(body), "a user with a password");
        var id = IdOf(created);
        var responses = new List<(string What, ScimResponse Response)>
        {
            ("GET ?attributes=password", await GetWithAsync(Endpoints.User(id), ("attributes", "password"))),
            ("GET ?attributes=userName,password", await GetWithAsync(Endpoints.User(id), ("attributes", "userName,password"))),
            ("GET ?excludedAttributes=userName", await GetWithAsync(Endpoints.User(id), ("excludedAttributes", "userName"))),
        };
        if (Run.Capabilities.Filter)
        {
            responses.Add(("list ?attributes=password", await QueryAsync(Endpoints.Users, Filters.Eq("userName", UserNameOf(created)), ("attributes", "password"))));
            var search = new JsonObject
            {
                ["schemas"] = new JsonArray(ScimUris.SearchRequest),
                ["filter"] = Filters.Eq("userName", UserNameOf(created)),
                ["attributes"] = new JsonArray("userName", "password"),
            };
            responses.Add(("POST /.search with attributes password", await Client.PostAsync(Endpoints.Users + "/.search", search)));
        }
        if (Run.Capabilities.Patch)
        {
            var patch = new JsonObject
            {
                ["schemas"] = new JsonArray(ScimUris.PatchOp),
                ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = "scimconf patched" }),
            };
            responses.Add(("PATCH response", await Client.PatchAsync(Endpoints.User(id), patch)));
            responses.Add(("PATCH ?attributes=password response", await Client.SendAsync(new ScimRequest(HttpMethod.Patch, Endpoints.User(id))
            {
                Json = patch.DeepClone(),
                Query = [new("attributes", "password")],
            })));
        }
        // A server error says nothing about the password (the checks about each operation judge the error itself): judged
        // answers first, so a password that does come back fails whatever else broke; then the unanswered ones leave it undecided.
        var unanswered = responses.Where(r => r.Response.Status >= 500).ToArray();
        foreach (var (what, response) in responses.Except(unanswered))
        {
            var resources = response.Object.Has("Resources") ? ResourcesOf(response) : response.Object is { } single ? [single] : [];
            Verify.Must(resources.All(r => !r.Has("password")), "R7643-4.1.1-12", $"{what}: the response carries a password attribute (value not shown).");
            Verify.Must(!response.Body.Contains(password, StringComparison.Ordinal), "R7643-4.1.1-06", $"{what}: the password the client set appears in the body.");
        }
        Verify.Precondition(unanswered.Length == 0, string.Join("; ", unanswered.Select(u => $"{u.What} answered {u.Response.Status}"))
            + ": a server error shows nothing about whether the password is returned.");
    }
}
