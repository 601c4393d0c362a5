using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Core.Ledger;
using ScimConformance.Core.Run;
using ScimConformance.Core.Schema;

namespace ScimConformance.Core.Authoring;

/// <summary>
/// Base class of every suite fixture: gives tests the run (client, discovery, data, ledger), skips a test
/// whose capability is not advertised, and offers create helpers that register what they create in the
/// ledger. Create helpers turn a failed create into "harness could not decide", since the test that
/// needed the resource is not about creating it.
/// </summary>
public abstract class ScimFixture
{
    protected static ScimRun Run => ScimRun.Current
        ?? throw new InvalidOperationException("No SCIM run is active: start one with `scimconf run`, or pass the test parameters (baseUrl, tokenEnv or referenceServer=inprocess) to dotnet test.");

    protected static ScimClient Client => Run.Client;

    [SetUp]
    public void GateOnCapabilities()
    {
        var needs = TestContext.CurrentContext.Test.Properties[TestProperties.Needs];
        foreach (var need in needs.Cast<string>())
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

    /// <summary>The relative path of a user ("Users/&lt;id&gt;"), using the endpoint discovery found.</summary>
    protected static string UserPath(string id) => ResourcePath("User", id);

    /// <summary>The relative path of a group ("Groups/&lt;id&gt;"), using the endpoint discovery found.</summary>
    protected static string GroupPath(string id) => ResourcePath("Group", id);

    /// <summary>The relative collection path of a resource type ("Users"), falling back to the RFC 7644 default.</summary>
    protected static string EndpointOf(string resourceType) => ResourceEndpoints.Of(Run.Discovery, resourceType);

    /// <summary>Checks a resource against the JSON Schema built from the endpoint's own /Schemas; empty when valid.</summary>
    protected static IReadOnlyList<SchemaViolation> Validate(string resourceType, JsonNode resource) =>
        Run.Validator.Validate(resourceType, resource);

    private static string ResourcePath(string resourceType, string id) =>
        EndpointOf(resourceType) + "/" + Uri.EscapeDataString(id);

    private static async Task<JsonObject> CreateAsync(string resourceType, JsonObject body)
    {
        var endpoint = EndpointOf(resourceType);
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
