using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>A reference server in this process plus a plain HttpClient that carries its token.</summary>
internal sealed class ScimTestServer : IAsyncDisposable
{
    public const string Token = "reference-server-test-token";
    public const string UserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string GroupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string EnterpriseSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string PatchSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private ScimTestServer(ReferenceServerHost host)
    {
        Host = host;
        Http = new HttpClient();
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public ReferenceServerHost Host { get; }
    public HttpClient Http { get; }

    public static async Task<ScimTestServer> StartAsync(int seedUsers = 0, params string[] defects) =>
        new(await ReferenceServerHost.StartAsync(new ReferenceServerOptions { Token = Token, SeedUsers = seedUsers, Defects = defects }));

    /// <summary>A server with options of the test's choosing (the token is always <see cref="Token"/>).</summary>
    public static async Task<ScimTestServer> StartAsync(ReferenceServerOptions options) =>
        new(await ReferenceServerHost.StartAsync(options with { Token = Token }));

    public Uri Url(string relative) => new(Host.BaseUrl + relative);

    public Task<ScimReply> GetAsync(string relative) => SendAsync(HttpMethod.Get, relative);

    public async Task<ScimReply> SendAsync(HttpMethod method, string relative, JsonNode? body = null, string mediaType = "application/scim+json")
    {
        using var request = new HttpRequestMessage(method, Url(relative));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, mediaType);
        }

        using var response = await Http.SendAsync(request);
        return await ScimReply.ReadAsync(response);
    }

    public Task<ScimReply> PostAsync(string relative, JsonNode body) => SendAsync(HttpMethod.Post, relative, body);

    public Task<ScimReply> PutAsync(string relative, JsonNode body) => SendAsync(HttpMethod.Put, relative, body);

    /// <summary>A request without the bearer token.</summary>
    public async Task<ScimReply> AnonymousAsync(HttpMethod method, string relative)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(method, Url(relative));
        using var response = await client.SendAsync(request);
        return await ScimReply.ReadAsync(response);
    }

    public static JsonObject NewUser(string userName) => new()
    {
        ["schemas"] = new JsonArray(UserSchema),
        ["userName"] = userName,
    };

    public async Task<string> CreateUserAsync(JsonObject user)
    {
        var reply = await PostAsync("/Users", user);
        if (reply.Status != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating a user failed: {reply}");
        }

        return (string)reply.Object["id"]!;
    }

    public Task<string> CreateUserAsync(string userName) => CreateUserAsync(NewUser(userName));

    public async Task<string> CreateGroupAsync(string displayName, params string[] memberIds)
    {
        var reply = await PostAsync("/Groups", new JsonObject
        {
            ["schemas"] = new JsonArray(GroupSchema),
            ["displayName"] = displayName,
            ["members"] = new JsonArray(memberIds.Select(id => (JsonNode?)new JsonObject { ["value"] = id }).ToArray()),
        });
        if (reply.Status != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating a group failed: {reply}");
        }

        return (string)reply.Object["id"]!;
    }

    public Task<ScimReply> PatchAsync(string relative, params JsonObject[] operations) =>
        SendAsync(HttpMethod.Patch, relative, new JsonObject
        {
            ["schemas"] = new JsonArray(PatchSchema),
            ["Operations"] = new JsonArray(operations.Select(o => (JsonNode?)o).ToArray()),
        });

    public static JsonObject Op(string op, string? path, JsonNode? value = null)
    {
        var operation = new JsonObject { ["op"] = op };
        if (path is not null)
        {
            operation["path"] = path;
        }

        if (value is not null)
        {
            operation["value"] = value;
        }

        return operation;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}

/// <summary>What came back: status, headers and the parsed JSON body.</summary>
internal sealed record ScimReply(HttpStatusCode Status, JsonNode? Body, HttpResponseHeaders Headers, string? ContentType, string Raw)
{
    public JsonObject Object => Body as JsonObject ?? throw new InvalidOperationException($"Expected a JSON object: {this}");

    public IReadOnlyList<JsonObject> Listed => Object["Resources"]!.AsArray().Select(r => r!.AsObject()).ToArray();

    public static async Task<ScimReply> ReadAsync(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        return new ScimReply(response.StatusCode, raw.Length == 0 ? null : JsonNode.Parse(raw), response.Headers,
            response.Content.Headers.ContentType?.ToString(), raw);
    }

    public override string ToString() => $"{(int)Status} {Raw}";
}
