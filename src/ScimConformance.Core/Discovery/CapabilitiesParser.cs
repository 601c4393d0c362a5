using System.Text.Json.Nodes;

namespace ScimConformance.Core.Discovery;

/// <summary>Reads /ServiceProviderConfig (RFC 7643 §5) into <see cref="Capabilities"/> and applies --assume overrides.</summary>
public static class CapabilitiesParser
{
    public static Capabilities Parse(JsonObject config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var filter = config.Object("filter");
        var bulk = config.Object("bulk");
        return new Capabilities
        {
            Patch = config.Object("patch").Bool("supported") ?? false,
            Filter = filter.Bool("supported") ?? false,
            FilterMaxResults = filter.Int("maxResults") ?? 0,
            Sort = config.Object("sort").Bool("supported") ?? false,
            ETag = config.Object("etag").Bool("supported") ?? false,
            ChangePassword = config.Object("changePassword").Bool("supported") ?? false,
            Bulk = bulk.Bool("supported") ?? false,
            BulkMaxOperations = bulk.Int("maxOperations") ?? 0,
            BulkMaxPayloadSize = bulk.Int("maxPayloadSize") ?? 0,
            AuthenticationSchemes = config.Objects("authenticationSchemes")
                .Select(s => s.String("type")).OfType<string>().ToArray(),
        };
    }

    public static Capabilities Apply(Capabilities capabilities, IReadOnlyDictionary<string, bool>? assume)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        if (assume is null) return capabilities;
        foreach (var (name, value) in assume)
        {
            capabilities = name.ToLowerInvariant() switch
            {
                "patch" => capabilities with { Patch = value },
                "filter" => capabilities with { Filter = value },
                "sort" => capabilities with { Sort = value },
                "etag" => capabilities with { ETag = value },
                "bulk" => capabilities with { Bulk = value },
                "changepassword" => capabilities with { ChangePassword = value },
                _ => throw new Configuration.ConfigurationException($"assume: unknown capability '{name}'."),
            };
        }
        return capabilities;
    }
}
