using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Core.Run;

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
    protected static Task<JsonObject> CreateUserAsync(JsonObject? body = null) => throw new NotImplementedException();

    /// <summary>POSTs a group (generated when body is null), records it in the ledger, and returns the server's view.</summary>
    protected static Task<JsonObject> CreateGroupAsync(JsonObject? body = null) => throw new NotImplementedException();
}
