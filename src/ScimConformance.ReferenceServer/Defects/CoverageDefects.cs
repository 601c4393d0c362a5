namespace ScimConformance.ReferenceServer;

/// <summary>Defects behind the checks that cover the catalogue's last uncited rows (issue 17 item 2), one behaviour each.</summary>
public static class CoverageDefects
{
    public const string GroupDisplayNameOptional = "group-display-name-optional";
    public const string DiscoveryByIdAsList = "discovery-by-id-as-list";
    public const string ExternalIdInvented = "external-id-invented";
    public const string SchemasOrderDependent = "schemas-order-dependent";

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
    ];

    /// <summary>schemas-order-dependent: whether the body opens with schemas and schemas opens with the core URN.</summary>
    internal static bool SchemasLeadWithCore(System.Text.Json.Nodes.JsonObject body, string coreUrn) =>
        body.Count > 0 && body.GetAt(0) is { Key: "schemas", Value: System.Text.Json.Nodes.JsonArray { Count: > 0 } schemas }
        && schemas[0] is System.Text.Json.Nodes.JsonValue first && first.TryGetValue(out string? urn) && string.Equals(urn, coreUrn, StringComparison.OrdinalIgnoreCase);
}
