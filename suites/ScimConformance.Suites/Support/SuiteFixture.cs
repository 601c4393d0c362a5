using System.Text.Json.Nodes;
using ScimConformance.Core;
using ScimConformance.Core.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Core.Ledger;

namespace ScimConformance.Suites.Support;

/// <summary>
/// Helpers the built-in suites share on top of <see cref="ScimFixture"/>: POSTs that a test must make
/// itself (to see the raw response) and that still land in the ledger, run-scoped queries, and reading
/// the id a test depends on.
/// </summary>
public abstract class SuiteFixture : ScimFixture
{
    /// <summary>
    /// POSTs and records whatever the server created (any response carrying an id), so cleanup removes it
    /// even when the test fails on the response.
    /// </summary>
    protected static async Task<ScimResponse> PostRecordedAsync(string endpoint, string resourceType, JsonObject body, string? contentType = null)
    {
        var request = new ScimRequest(HttpMethod.Post, endpoint) { Json = body, ContentType = contentType ?? ScimUris.MediaType };
        var response = await Client.SendAsync(request);
        if (response.IsSuccess && response.Object.Text("id") is { Length: > 0 } id)
            Run.Ledger.Record($"{endpoint}/{Uri.EscapeDataString(id)}", resourceType, id);
        else
            await CreateLookup.FindAsync(Client, Run.Ledger, Run.Prefix, endpoint, resourceType, body, $"POST /{endpoint} answered {response.Status} without an id");
        return response;
    }

    protected static Task<ScimResponse> PostUserAsync(JsonObject body, string? contentType = null) =>
        PostRecordedAsync(Endpoints.Users, "User", body, contentType);

    protected static Task<ScimResponse> PostGroupAsync(JsonObject body) =>
        PostRecordedAsync(Endpoints.Groups, "Group", body);

    /// <summary>The server's view after a successful POST; a failed create means the harness cannot decide.</summary>
    protected static JsonObject CreatedView(ScimResponse response, string what)
    {
        Verify.Precondition(response.IsSuccess && response.Object is not null,
            $"creating {what} answered {response.Status}{(response.Object is null ? " without a JSON body" : "")}, so the check cannot run.");
        return response.Object!;
    }

    /// <summary>The id of a resource the test created; its absence is a set-up problem, not this test's verdict.</summary>
    protected static string IdOf(JsonObject resource)
    {
        var id = resource.Text("id");
        Verify.Precondition(!string.IsNullOrEmpty(id), $"the created resource carries no id ({resource.Show()}).");
        return id!;
    }

    protected static string UserNameOf(JsonObject user)
    {
        var userName = user.Text("userName");
        Verify.Precondition(!string.IsNullOrEmpty(userName), "the created user carries no userName.");
        return userName!;
    }

    /// <summary>GET on an endpoint with a filter and optional extra query parameters (count, startIndex, attributes...).</summary>
    protected static Task<ScimResponse> QueryAsync(string endpoint, string filter, params (string Name, string Value)[] extra)
    {
        var query = new List<KeyValuePair<string, string>> { new("filter", filter) };
        query.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Name, e.Value)));
        return Client.SendAsync(new ScimRequest(HttpMethod.Get, endpoint) { Query = query });
    }

    /// <summary>GET with query parameters only (attributes, excludedAttributes on a single resource).</summary>
    protected static Task<ScimResponse> GetWithAsync(string path, params (string Name, string Value)[] query) =>
        Client.SendAsync(new ScimRequest(HttpMethod.Get, path)
        {
            Query = query.Select(q => new KeyValuePair<string, string>(q.Name, q.Value)).ToArray(),
        });

    /// <summary>Deletes a resource this test created and tells the ledger when it is gone.</summary>
    protected static async Task<ScimResponse> DeleteOwnAsync(string path)
    {
        var response = await Client.DeleteAsync(path);
        if (response.IsSuccess) Run.Ledger.Forget(path);
        return response;
    }

    /// <summary>The Resources of a ListResponse (empty when absent).</summary>
    protected static IReadOnlyList<JsonObject> ResourcesOf(ScimResponse response) =>
        response.Object.Array("Resources")?.OfType<JsonObject>().ToArray() ?? [];

    protected static string Describe(ScimResponse response) =>
        $"HTTP {response.Status}{(response.MediaType is { } type ? " " + type : "")}";
}
