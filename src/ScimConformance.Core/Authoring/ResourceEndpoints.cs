using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Authoring;

/// <summary>Where a resource type lives, relative to the base URL ("Users"), from discovery or the RFC 7644 §3.2 defaults.</summary>
public static class ResourceEndpoints
{
    public static string Of(DiscoveryResult discovery, string resourceType)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        var advertised = discovery.ResourceType(resourceType)?.Endpoint;
        var endpoint = string.IsNullOrWhiteSpace(advertised) ? Default(resourceType) : advertised;
        // Endpoints are advertised relative to the base URL ("/Users"); some servers send an absolute URL instead.
        if (Uri.TryCreate(endpoint, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            endpoint = absolute.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? Default(resourceType);
        return endpoint.Trim('/');
    }

    private static string Default(string resourceType) => resourceType.ToLowerInvariant() switch
    {
        "user" => "Users",
        "group" => "Groups",
        _ => resourceType + "s",
    };
}
