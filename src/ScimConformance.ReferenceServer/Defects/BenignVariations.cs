namespace ScimConformance.ReferenceServer;

/// <summary>
/// Behaviours a compliant server may legitimately choose (each cites the RFC text that allows it). Switched on
/// like defects (<c>--defect NAME</c>), they prove the harness never fails what the RFCs allow.
/// </summary>
public static class BenignVariations
{
    public const string PatchReturns204 = "patch-returns-204";
    public const string FewerResultsThanCount = "fewer-results-than-count";
    public const string ExtraUnknownAttributes = "extra-unknown-attributes";
    public const string NonUuidIds = "non-uuid-ids";
    public const string DateTimeWithOffset = "datetime-with-offset";
    public const string EmptyListOmitsResources = "empty-list-omits-resources";
    public const string MetaVersionAbsent = "meta-version-absent";
    public const string GroupMembersWithoutDisplay = "group-members-without-display";
    public const string ErrorDetailAbsent = "error-detail-absent";
    public const string ContentTypeWithoutCharset = "content-type-without-charset";
    public const string PrettyPrintedJson = "pretty-printed-json";
    public const string ExtraResponseHeaders = "extra-response-headers";

    /// <summary>At most this many resources per page when <see cref="FewerResultsThanCount"/> is on.</summary>
    public const int SmallPageSize = 3;

    /// <summary>The vendor extension that <see cref="ExtraUnknownAttributes"/> adds to every resource.</summary>
    public const string VendorExtensionUrn = "urn:example:params:scim:schemas:extension:acme:2.0:Tenant";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        Variation(PatchReturns204, "PATCH answers 204 No Content without a body.",
            "RFC 7644 §3.5.2: on success the server returns 200 OK with the resource, or 204 No Content."),
        Variation(FewerResultsThanCount, $"List pages hold at most {SmallPageSize} resources whatever count asks, with the true totalResults and itemsPerPage.",
            "RFC 7644 §3.4.2.4: count is the desired maximum; a provider MAY return fewer results than requested."),
        Variation(ExtraUnknownAttributes, $"Every resource carries read-only attributes of a vendor extension ({VendorExtensionUrn}), listed in schemas and declared in /ResourceTypes and /Schemas.",
            "RFC 7643 §3 and §3.3: resources may carry schema extensions; clients ignore what they do not know."),
        Variation(NonUuidIds, "Resource ids are short counters such as u-000123 instead of UUIDs.",
            "RFC 7643 §3.1: id is a unique, stable, non-reassignable string chosen by the provider; no format is required."),
        Variation(DateTimeWithOffset, "meta.created and meta.lastModified carry a +02:00 offset instead of Z.",
            "RFC 7643 §2.3.5: dateTime is an xsd:dateTime, which allows any time-zone offset."),
        Variation(EmptyListOmitsResources, "A ListResponse with totalResults 0 has no Resources member.",
            "RFC 7644 §3.4.2: Resources is REQUIRED only if totalResults is non-zero."),
        Variation(MetaVersionAbsent, "Resources carry no meta.version and no ETag header, and ServiceProviderConfig says etag is not supported.",
            "RFC 7643 §3.1: meta.version is included only when the provider supports versioning (RFC 7644 §3.14)."),
        Variation(GroupMembersWithoutDisplay, "Group members are returned with value, $ref and type but no display.",
            "RFC 7643 §4.2 and §8.7.1: display is an optional, read-only sub-attribute of members."),
        Variation(ErrorDetailAbsent, "Error responses carry schemas, status and scimType but no detail.",
            "RFC 7644 §3.12: detail is OPTIONAL."),
        Variation(ContentTypeWithoutCharset, "Responses are labelled application/scim+json without a charset parameter.",
            "RFC 7644 §3.1 and §8.1: JSON is UTF-8 (RFC 8259 §8.1); the charset parameter has no meaning for it."),
        Variation(PrettyPrintedJson, "Response bodies are indented JSON across many lines.",
            "RFC 8259 §2: insignificant whitespace is allowed around any token."),
        Variation(ExtraResponseHeaders, "Responses carry extra headers (X-Request-Id, Cache-Control: no-store, Vary).",
            "RFC 9110 §5.1: recipients ignore header fields they do not recognise."),
    ];

    private static Defect Variation(string name, string description, string allowance) =>
        new(name, description, []) { Benign = true, Allowance = allowance };
}
