namespace ScimConformance.Authoring;

/// <summary>
/// Paths of resource endpoints relative to the base URL, as /ResourceTypes advertises them (RFC 7644 §3.2
/// defaults otherwise). Built like the paths the create helpers record in the ledger, so Forget matches what was recorded.
/// </summary>
public static class Endpoints
{
    public static string Users => Of("User");
    public static string Groups => Of("Group");

    public static string User(string id) => $"{Users}/{Uri.EscapeDataString(id)}";
    public static string Group(string id) => $"{Groups}/{Uri.EscapeDataString(id)}";

    /// <summary>The collection path of a resource type ("Users"), from discovery or the RFC 7644 §3.2 default.</summary>
    public static string Of(string resourceType)
    {
        var advertised = ActiveRun.Current.Discovery.ResourceType(resourceType)?.Endpoint;
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
