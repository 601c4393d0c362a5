namespace ScimConformance.ReferenceServer;

/// <summary>Defects behind the checks that cover the catalogue's last uncited rows (issue 17 item 2), one behaviour each.</summary>
public static class CoverageDefects
{
    public const string GroupDisplayNameOptional = "group-display-name-optional";
    public const string DiscoveryByIdAsList = "discovery-by-id-as-list";
    public const string ExternalIdInvented = "external-id-invented";
    public const string SchemasOrderDependent = "schemas-order-dependent";
    public const string DiscoveryUndescribed = "discovery-undescribed";
    public const string DiscoveryWritable = "discovery-writable";
    public const string GroupCreatedWithoutMeta = "group-created-without-meta";
    public const string ContentLocationCollection = "content-location-collection";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(GroupDisplayNameOptional,
            "POST and PUT accept a Group without displayName and store it nameless (RFC 7643 §4.2: displayName is required).",
            ["GRP-014"]),
        new(DiscoveryByIdAsList,
            "GET /Schemas/{uri} and GET /ResourceTypes/{name} answer a ListResponse holding the one document instead of the document itself "
            + "(RFC 7644 §4: a request for one ResourceType or Schema returns that single JSON object, as any single-resource GET).",
            ["DSC-024"]),
        new(ExternalIdInvented,
            "A User created without externalId gets one made up by the server (RFC 7643 §3.1: externalId is issued by the provisioning client; "
            + "the service provider never specifies it).",
            ["USR-043"]),
        new(SchemasOrderDependent,
            "POST and PUT refuse a body unless schemas is its first member and names the core schema first, as a streaming parser would "
            + "(RFC 7643 §2.3.8: no ordering of JSON members is relied on; §3: the order of schemas values has no effect).",
            ["SCH-011"]),
        new(DiscoveryUndescribed,
            "/ResourceTypes and /Schemas serve their documents without a description (RFC 7643 §6 and §7: each resource type and each schema "
            + "gives a human-readable description).",
            ["DSC-050"]),
        new(DiscoveryWritable,
            "PUT /ServiceProviderConfig and PUT /Schemas/{uri} replace the published document with the request body (RFC 7643 §5: all "
            + "ServiceProviderConfig attributes are readOnly; §7: schema resources cannot be modified through the protocol).",
            ["DSC-051"]),
        new(GroupCreatedWithoutMeta,
            "The 201 answer to POST /Groups carries the new group without meta; a later GET shows it (RFC 7643 §3.1: once a resource is "
            + "accepted the provider gives id and meta their values).",
            ["SCH-050", "GRP-003"]),
        new(ContentLocationCollection,
            "Single-resource answers carry a Content-Location header naming the collection (…/Users) instead of the resource "
            + "(RFC 7643 §3.1: meta.location equals the Content-Location header of the response that carries it).",
            ["USR-050"]),
    ];

    /// <summary>schemas-order-dependent: whether the body opens with schemas and schemas opens with the core URN.</summary>
    internal static bool SchemasLeadWithCore(System.Text.Json.Nodes.JsonObject body, string coreUrn) =>
        body.Count > 0 && body.GetAt(0) is { Key: "schemas", Value: System.Text.Json.Nodes.JsonArray { Count: > 0 } schemas }
        && schemas[0] is System.Text.Json.Nodes.JsonValue first && first.TryGetValue(out string? urn) && string.Equals(urn, coreUrn, StringComparison.OrdinalIgnoreCase);
}
