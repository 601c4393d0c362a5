namespace ScimConformance.ReferenceServer;

/// <summary>Real-world quirks of the discovery documents (those the harness does not handle yet are in <see cref="DefectCatalog.Pending"/>).</summary>
public static class DiscoveryQuirks
{
    public const string DiscoveryRequiresAuth = "discovery-requires-auth";
    public const string ResourceTypeSchemaIsExtension = "resource-type-schema-is-extension";
    public const string MinimalUserSchema = "minimal-user-schema";
    public const string SchemasMalformed = "schemas-malformed";
    public const string SchemasEndpointMissing = "schemas-endpoint-missing";
    public const string EtagServedUnadvertised = "etag-served-unadvertised";
    public const string ChangePasswordRefused = "change-password-refused";

    /// <summary>The core User attributes /Schemas declares under <see cref="MinimalUserSchema"/>.</summary>
    public static IReadOnlyList<string> MinimalUserAttributes { get; } =
        ["userName", "name", "displayName", "title", "active", "password", "emails", "phoneNumbers", "addresses", "groups"];

    internal static IReadOnlyList<Defect> All { get; } =
    [
        Settled.Benign(DiscoveryRequiresAuth,
            "/ServiceProviderConfig, /ResourceTypes and /Schemas answer 401 without a bearer token, like the rest of the API.",
            "RFC 7643 §5: authenticationSchemes SHOULD be readable without prior authentication; a SHOULD, so at most a warning, and discovery with the run's token works."),
        new(ResourceTypeSchemaIsExtension,
            "/ResourceTypes names the enterprise extension as the User type's schema and lists the core User schema among its schemaExtensions, while users are served "
            + "with the core User schema as their base (RFC 7643 §6: schema is the resource type's base schema; §3: a resource's schemas always holds its base schema).",
            ["DSC-010"]),
        // Settled: the PATCH checks write only attributes /Schemas declares, and the identity-provider replays leave the others out and warn (Profiles/UndeclaredAttributes).
        Settled.Benign(MinimalUserSchema,
            "/Schemas declares only part of the core User schema (" + string.Join(", ", MinimalUserAttributes) + ") and a write of any other attribute is refused with 400 invalidPath.",
            "RFC 7643 §4.1 and §8.7.1: a provider publishes in /Schemas the attributes it supports, which may be fewer than the full User schema; RFC 7644 §3.12 invalidPath fits an attribute the schema lacks."),
        new(SchemasMalformed,
            "/Schemas spells attribute types in capitals (\"String\", \"Complex\") and writes multiValued, required and caseExact as strings (\"false\") "
            + "(RFC 7643 §7: type is one of the lower-case keywords, and multiValued, required and caseExact are Booleans).",
            ["DSC-018"]),
        new(SchemasEndpointMissing,
            "/Schemas and /ResourceTypes answer 404 (RFC 7644 §4: GET /Schemas and GET /ResourceTypes return the supported schemas and resource types).",
            ["DSC-009", "DSC-013"]),
        Settled.Benign(EtagServedUnadvertised,
            "ServiceProviderConfig says etag.supported is false, yet resources carry meta.version and ETag headers and If-Match / If-None-Match are honoured.",
            "RFC 9110 §8.8.3: any response may carry an ETag; RFC 7644 §3.14 makes versioning optional and RFC 7643 §5 etag.supported tells clients whether to rely on it, "
            + "so saying no harms no client (a check may warn that the advertisement understates the server)."),
        // Settled: USR-010 skips when changePassword.supported is false and the PUT with a password is refused; BLK-005's bulk PUT leaves the password out.
        Settled.Benign(ChangePasswordRefused,
            "changePassword.supported is false and a PUT or PATCH carrying a password is refused with 400 mutability; a password given on create is still accepted.",
            "RFC 7643 §5: changePassword.supported states whether changing a password is supported; a provider that says false may refuse a new password (RFC 7644 §3.12 mutability)."),
    ];
}
