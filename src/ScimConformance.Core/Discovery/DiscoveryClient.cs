using System.Text.Json.Nodes;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;

namespace ScimConformance.Core.Discovery;

/// <summary>Reads /ServiceProviderConfig, /ResourceTypes and /Schemas into a <see cref="DiscoveryResult"/>.</summary>
public sealed class DiscoveryClient(ScimClient client)
{
    public ScimClient Client { get; } = client;

    private static readonly HashSet<string> ServiceProviderConfigMembers = new(
        ["schemas", "patch", "filter", "bulk", "sort", "etag", "changePassword", "authenticationSchemes", "documentationUri"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Throws <see cref="ScimTransportException"/> when the endpoint cannot be reached,
    /// <see cref="ConfigurationException"/> when it refuses the credentials, and
    /// <see cref="NotScimException"/> when what answers is not a SCIM service provider.
    /// Smaller deviations (a bare array instead of a ListResponse, a missing /Schemas) land in
    /// <see cref="DiscoveryResult.Problems"/> and the run goes on.
    /// </summary>
    public async Task<DiscoveryResult> DiscoverAsync(IReadOnlyDictionary<string, bool>? assume, CancellationToken ct)
    {
        var problems = new List<string>();

        var configResponse = await Client.GetAsync("ServiceProviderConfig", ct).ConfigureAwait(false);
        RejectCredentialsFailure(configResponse);
        if (configResponse.Object is not { } config || !configResponse.IsSuccess)
            throw new NotScimException(NotScimMessage(configResponse, "a ServiceProviderConfig JSON object"));
        // JSON that carries no member of a ServiceProviderConfig (RFC 7643 §5) is some other API, not a SCIM endpoint.
        if (!config.Any(p => ServiceProviderConfigMembers.Contains(p.Key)))
            throw new NotScimException(NotScimMessage(configResponse, "a ServiceProviderConfig (none of schemas, patch, filter, bulk, authenticationSchemes ... is present)"));
        if (configResponse.MediaType is { } media && media != ScimUris.MediaType)
            problems.Add($"GET {configResponse.RequestUri} answered Content-Type {media}; RFC 7644 §3.1 asks for {ScimUris.MediaType}.");

        var resourceTypesResponse = await Client.GetAsync("ResourceTypes", ct).ConfigureAwait(false);
        RejectCredentialsFailure(resourceTypesResponse);
        var resourceTypeDocs = ReadList(resourceTypesResponse, "ResourceTypes", problems);
        var resourceTypes = resourceTypeDocs.Select(r => ResourceTypeParser.Parse(r, problems)).OfType<ResourceTypeDefinition>().ToArray();
        if (resourceTypes.Length == 0)
        {
            problems.Add("No resource types were discovered; assuming the RFC 7644 §3.2 defaults User at /Users and Group at /Groups.");
            resourceTypes =
            [
                new ResourceTypeDefinition("User", "User", "/Users", ScimUris.User, []),
                new ResourceTypeDefinition("Group", "Group", "/Groups", ScimUris.Group, []),
            ];
        }

        var schemasResponse = await Client.GetAsync("Schemas", ct).ConfigureAwait(false);
        RejectCredentialsFailure(schemasResponse);
        var schemas = ReadList(schemasResponse, "Schemas", problems)
            .Select(s => SchemaParser.Parse(s, problems)).OfType<SchemaDefinition>().ToList();
        resourceTypes = resourceTypes.Select(t => ResourceTypeRepair.BaseFirst(t, problems)).ToArray();
        foreach (var type in resourceTypes)
            foreach (var urn in type.Extensions.Select(e => e.Schema).Prepend(type.Schema))
                if (!schemas.Any(s => string.Equals(s.Id, urn, StringComparison.OrdinalIgnoreCase)))
                {
                    // The discovery checks fail the endpoint for this; the oracles go on with the RFC's definition.
                    var fallback = Rfc7643Schemas.Find(urn);
                    if (fallback is not null) schemas.Add(fallback);
                    problems.Add($"Resource type {type.Name} names schema {urn}, which /Schemas does not define"
                        + (fallback is null ? "." : "; the RFC 7643 §8.7 definition is used instead."));
                }

        return new DiscoveryResult
        {
            Capabilities = CapabilitiesParser.Apply(CapabilitiesParser.Parse(config), assume),
            ResourceTypes = resourceTypes,
            Schemas = schemas,
            RawServiceProviderConfig = config,
            RawResourceTypes = resourceTypesResponse.Json,
            RawSchemas = schemasResponse.Json,
            Problems = problems,
        };
    }

    private static void RejectCredentialsFailure(ScimResponse response)
    {
        if (response.Status is 401 or 403)
        {
            var challenge = response.Header("WWW-Authenticate") is { Length: > 0 } c ? $" (WWW-Authenticate: {Shorten(c)})" : "";
            throw new ConfigurationException(
                $"the endpoint refused the credentials: {response.Status} on GET {response.RequestUri}{challenge}; check the token (--token-env/--token-file) or --auth, and that it grants read access.");
        }
    }

    /// <summary>Accepts a ListResponse (RFC 7644 §3.4.2) or, noting the deviation, a bare JSON array.</summary>
    private static JsonObject[] ReadList(ScimResponse response, string endpoint, List<string> problems)
    {
        if (!response.IsSuccess || !response.IsJson)
        {
            problems.Add($"GET {response.RequestUri} answered {response.Status} {response.MediaType ?? "(no content type)"} instead of a JSON list of {endpoint}.");
            return [];
        }
        switch (response.Json)
        {
            case JsonArray array:
                problems.Add($"GET {response.RequestUri} answered a bare JSON array; RFC 7644 §4 expects a ListResponse with \"Resources\".");
                return array.OfType<JsonObject>().ToArray();
            case JsonObject obj when obj.Member("Resources") is JsonArray resources:
                return resources.OfType<JsonObject>().ToArray();
            case JsonObject obj when obj.String("id") is not null:
                problems.Add($"GET {response.RequestUri} answered a single object; RFC 7644 §4 expects a ListResponse with \"Resources\".");
                return [obj];
            default:
                problems.Add($"GET {response.RequestUri} answered JSON without \"Resources\"; no {endpoint} were read.");
                return [];
        }
    }

    private static string NotScimMessage(ScimResponse response, string expected)
    {
        if (response.Status is >= 300 and < 400)
            return $"GET {response.RequestUri} answered {response.Status}, a redirect to {response.Header("Location") ?? "(no Location)"}; scimconf never follows redirects (credentials must not travel to another address): use the final URL as --base-url.";
        var media = response.MediaType ?? "without a content type";
        var what = response.IsJson ? "JSON that is not " + expected : media == "text/html" ? "an HTML page" : "a body that is not JSON";
        return response.Status switch
        {
            404 or (>= 200 and < 300) or (>= 300 and < 400) =>
                $"GET {response.RequestUri} answered {response.Status} {media} ({what}); is the base URL the SCIM root (e.g. https://host/scim/v2)?",
            _ => $"GET {response.RequestUri} answered {response.Status} {media} instead of {expected}; the service provider could not describe itself. Body starts: {Shorten(response.Body)}",
        };
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 160 ? line : line[..160] + "...";
    }
}
