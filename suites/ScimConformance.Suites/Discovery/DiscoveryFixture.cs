using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Discovery;

/// <summary>Fetches the discovery documents afresh inside each test, so every verdict carries its own exchange.</summary>
public abstract class DiscoveryFixture : ScimFixture
{
    protected const string ServiceProviderConfigPath = "ServiceProviderConfig";
    protected const string ResourceTypesPath = "ResourceTypes";
    protected const string SchemasPath = "Schemas";

    /// <summary>The document at path; a document that cannot be read is a precondition of the checks on its content.</summary>
    protected static async Task<JsonObject> ReadDocumentAsync(string path)
    {
        var response = await Client.GetAsync(path);
        Verify.Precondition(response.Status == 200 && response.Object is not null,
            $"GET /{path} answered {Describe(response)}{(response.Object is null ? " without a JSON object" : "")}; its content cannot be checked.");
        return response.Object!;
    }

    /// <summary>The Resources of a discovery ListResponse (RFC 7644 §4), read leniently so content checks do not depend on the wrapper.</summary>
    protected static async Task<IReadOnlyList<JsonObject>> ReadListAsync(string path)
    {
        var response = await Client.GetAsync(path);
        SkipWhenAbsent(response, path);
        Verify.Precondition(response.Status == 200 && response.Json is not null,
            $"GET /{path} answered {Describe(response)}; its content cannot be checked.");
        return response.Json switch
        {
            JsonObject list => list.Array("Resources")?.OfType<JsonObject>().ToArray() ?? [],
            JsonArray bare => bare.OfType<JsonObject>().ToArray(),
            _ => [],
        };
    }

    protected static Task<ScimResponse> GetAsync(string path) => Client.GetAsync(path);

    /// <summary>
    /// A discovery list the endpoint does not serve at all is failed once, by DSC-009 (/ResourceTypes) or DSC-013
    /// (/Schemas); the checks on its content have nothing to judge, so they skip rather than repeat that verdict.
    /// </summary>
    protected static void SkipWhenAbsent(ScimResponse response, string path)
    {
        if (response.Status is 404 or 501)
            NUnit.Framework.Assert.Ignore($"Skipped: GET /{path} answered {Describe(response)}, so there is no content to judge (DSC-009 and DSC-013 fail a missing /ResourceTypes or /Schemas).");
    }
}
