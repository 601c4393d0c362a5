using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;
using ScimConformance.Core.Ledger;
using ScimConformance.Core.Run;
using ScimConformance.Core.Schema;

namespace ScimConformance.Authoring;

/// <summary>
/// Base class of every suite fixture, built-in or third-party: gives checks the run (client, discovery, data,
/// ledger), skips a check whose capability is not advertised, and offers requests that land in the ledger
/// whatever the check then decides. A failed step a check builds on (creating the user a read test reads)
/// turns into "harness could not decide", since the check is not about that step.
/// </summary>
public abstract class ScimFixture
{
    protected static ScimRun Run => ActiveRun.Current;

    protected static ScimClient Client => Run.Client;

    [SetUp]
    public void GateOnCapabilities()
    {
        foreach (var need in CheckInfo.Current?.Needs ?? [])
        {
            if (!Run.Capabilities.Has(need, Run.Discovery))
                Assert.Ignore($"Skipped: the endpoint does not advertise '{need}' (ServiceProviderConfig / ResourceTypes).");
        }
    }

    /// <summary>POSTs a user (generated when body is null), records it in the ledger, and returns the server's view.</summary>
    protected static Task<JsonObject> CreateUserAsync(JsonObject? body = null) =>
        CreateAsync("User", body ?? Run.Data.User(Run.Capabilities.Has(Capability.EnterpriseUser, Run.Discovery)));

    /// <summary>POSTs a group (generated when body is null), records it in the ledger, and returns the server's view.</summary>
    protected static Task<JsonObject> CreateGroupAsync(JsonObject? body = null) => CreateAsync("Group", body ?? Run.Data.Group());

    /// <summary>
    /// POSTs and records whatever the server created (any response carrying an id), so cleanup removes it
    /// even when the check fails on the response; for checks that judge the create response itself.
    /// </summary>
    protected static async Task<ScimResponse> PostRecordedAsync(string endpoint, string resourceType, JsonObject body, string? contentType = null,
        IReadOnlyList<KeyValuePair<string, string>>? query = null)
    {
        var request = new ScimRequest(HttpMethod.Post, endpoint) { Json = body, ContentType = contentType ?? ScimUris.MediaType, Query = query ?? [] };
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

    /// <summary>The id of a resource the check created; its absence is a set-up problem, not this check's verdict.</summary>
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

    /// <summary>Deletes a resource this check created and tells the ledger when it is gone.</summary>
    protected static async Task<ScimResponse> DeleteOwnAsync(string path)
    {
        var response = await Client.DeleteAsync(path);
        if (response.IsSuccess) Run.Ledger.Forget(path);
        return response;
    }

    /// <summary>The Resources of a ListResponse (empty when absent).</summary>
    protected static IReadOnlyList<JsonObject> ResourcesOf(ScimResponse response) =>
        response.Object.Array("Resources")?.OfType<JsonObject>().ToArray() ?? [];

    /// <summary>Checks a resource against the JSON Schema built from the endpoint's own /Schemas; empty when valid.</summary>
    protected static IReadOnlyList<SchemaViolation> Validate(string resourceType, JsonNode resource) =>
        Run.Validator.Validate(resourceType, resource);

    /// <summary>
    /// GETs a resource a check builds on (<paramref name="purpose"/> says what for): a refusal ends the check as the outcome
    /// policy decides for a set-up step (<see cref="Responses.SetUp"/>), with the exchange; a 2xx without a JSON body cannot be read.
    /// </summary>
    protected static async Task<JsonObject> ReadSetUpAsync(string path, string purpose)
    {
        var response = await Client.GetAsync(path);
        Responses.SetUp(response, $"GET /{path} ({purpose})");
        Verify.Precondition(response.Object is not null, $"GET /{path} ({purpose}) answered {Describe(response)} without a JSON body.");
        return response.Object!;
    }

    /// <summary>Status and media type of a response, for "expected ..., got ..." messages.</summary>
    protected static string Describe(ScimResponse response) =>
        $"HTTP {response.Status}{(response.MediaType is { } type ? " " + type : "")}";

    private static async Task<JsonObject> CreateAsync(string resourceType, JsonObject body)
    {
        var endpoint = Endpoints.Of(resourceType);
        // A refusal that names an attribute the body lacks is adapted to once for the run (and said once, not per check).
        var response = await Run.Adapter.PostAsync(Client, endpoint, resourceType, body).ConfigureAwait(false);
        var id = response.Object?["id"] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
        // Record before judging: a resource created with the wrong status must still be cleaned up.
        if (id is not null) Run.Ledger.Record(endpoint + "/" + Uri.EscapeDataString(id), resourceType, id);
        else await CreateLookup.FindAsync(Client, Run.Ledger, Run.Prefix, endpoint, resourceType, body, $"POST /{endpoint} answered {response.Status} without an id").ConfigureAwait(false);
        Verify.Precondition(response.Status == 201 && id is not null,
            $"creating a {resourceType} (POST /{endpoint}) answered {response.Status}{(id is null ? " without an id" : "")}: {Excerpt(response.Body)}");
        return response.Object!;
    }

    private static string Excerpt(string body)
    {
        var line = body.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 ? "(empty body)" : line.Length <= 300 ? line : line[..300] + "...";
    }
}
