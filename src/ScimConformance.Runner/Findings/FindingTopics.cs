namespace ScimConformance.Runner.Findings;

/// <summary>
/// What a broken requirement means in the vendor's terms: requirement id prefixes (an RFC section, a practice family)
/// mapped to a topic, its finding title and a one-line cause. The longest matching prefix wins; an id no prefix covers
/// is its own topic, titled by the catalogue's summary.
/// </summary>
public static class FindingTopics
{
    public sealed record Topic(string Prefix, string Id, string Title, string Cause);

    public static IReadOnlyList<Topic> All { get; } =
    [
        new("R7643-2.1", "attribute-names", "attribute names are matched case-sensitively", "RFC 7643 §2.1 makes attribute names case-insensitive; the server treats differently cased names as different."),
        new("R7643-2.3", "data-types", "attribute values come back with the wrong data type", "a value does not keep the type its schema declares (RFC 7643 §2.3)."),
        new("R7643-2.3.7", "references", "references the server emits do not lead to their resource", "a $ref or meta.location must be a URI, resolved against the SCIM root, of the resource it names (RFC 7643 §2.3.7)."),
        new("R7643-2.4", "multi-valued", "multi-valued attributes are mishandled", "primary, type or value of multi-valued attributes are not kept as RFC 7643 §2.4 defines them."),
        new("R7643-2.5", "unassigned", "unassigned attributes are returned", "attributes without a value are returned as null or empty instead of being left out (RFC 7643 §2.5)."),
        new("R7643-3", "common-attributes", "id, meta or schemas of resources are wrong", "the common attributes of RFC 7643 §3 are missing, changed or wrongly formed."),
        new("R7643-3.3", "extensions", "schema extensions are not kept in their extension object", "extension attributes must sit under their schema URN (RFC 7643 §3.3)."),
        new("R7643-4.1", "user-attributes", "User attributes are not stored as sent", "the server drops or alters User attributes of RFC 7643 §4.1."),
        new("R7643-4.2", "group-attributes", "Group attributes are not stored as sent", "the server drops or alters Group attributes of RFC 7643 §4.2."),
        new("R7643-4.3", "enterprise-user", "enterprise User attributes are not stored as sent", "the enterprise extension of RFC 7643 §4.3 is not kept."),
        new("R7643-5", "service-provider-config", "ServiceProviderConfig misstates what the server supports", "the document of RFC 7643 §5 does not describe the server's behaviour."),
        new("R7643-6", "resource-types", "ResourceTypes misstates the resource types", "the document of RFC 7643 §6 does not describe the server's endpoints and schemas."),
        new("R7643-7", "schema-definitions", "schema definitions disagree with the data served", "the /Schemas definitions (RFC 7643 §7) do not describe the attributes the server returns."),
        // One requirement each, restated in three sections: password (§4.1.1), writeOnly (§7) and returned=never (§7) values
        // never come back; a server that serialises them breaks all three at once.
        .. AlsoUnder(new("R7643-4.1.1-12", "returned-never", "write-only attributes such as password come back in responses", "writeOnly and returned=never attributes (password first) must never appear in a response (RFC 7643 §4.1.1, §7)."),
            "R7643-7-13", "R7643-7-15"),
        // §7's caseExact rule for filters is the filter evaluation of RFC 7644 §3.4.2.2: one finding with the filter results.
        new("R7643-7-08", "filter", "filters return the wrong resources", "filter comparisons must follow each attribute's caseExact characteristic (RFC 7643 §7, RFC 7644 §3.4.2.2)."),
        new("R7643-9", "sensitive-data", "sensitive attributes are exposed", "passwords and other returned=never data must never come back (RFC 7643 §9)."),
        new("R7644-1", "urls", "URLs the server emits are malformed", "emitted URLs must be valid and the base URI carries no query (RFC 7644 §1.2, §1.3)."),
        new("R7644-2", "authentication", "requests without valid credentials are served", "every request must be authenticated and authorised (RFC 7644 §2)."),
        new("R7644-3.1", "responses", "responses lack the form RFC 7644 §3.1 requires", "status, headers or body of a response are not as RFC 7644 §3.1 defines."),
        new("R7644-3.2", "endpoints", "SCIM endpoints are missing or misrouted", "an endpoint of RFC 7644 §3.2 does not answer as defined."),
        new("R7644-3.3", "create", "creating resources (POST) answers wrongly", "a create does not answer 201 with the stored resource and its Location, or accepts what it must refuse (RFC 7644 §3.3)."),
        new("R7644-3.4.1", "read", "reading a resource by id answers wrongly", "GET of a resource's location does not return it as stored (RFC 7644 §3.4.1)."),
        new("R7644-3.4.2", "list", "list responses are malformed", "a ListResponse lacks totalResults, Resources or schemas as RFC 7644 §3.4.2 defines."),
        new("R7644-3.4.2.2", "filter", "filters return the wrong resources", "some filter expressions are evaluated differently from RFC 7644 §3.4.2.2 (operators, grouping, attribute paths or value comparison)."),
        new("R7644-3.4.2.3", "sort", "sorting does not order the results", "sortBy and sortOrder are not applied as RFC 7644 §3.4.2.3 defines."),
        new("R7644-3.4.2.4", "paging", "paging skips or repeats results", "startIndex and count are not applied as RFC 7644 §3.4.2.4 defines (1-based index, count as a limit)."),
        new("R7644-3.4.2.5", "projection", "attributes and excludedAttributes are not applied", "responses do not project attributes as RFC 7644 §3.4.2.5 defines."),
        new("R7644-3.4.3", "search", "POST .search does not answer like the equivalent GET", "a SearchRequest body must be applied as RFC 7644 §3.4.3 defines."),
        new("R7644-3.5.1", "replace", "PUT does not replace the resource", "a PUT must replace every writable attribute and leave readOnly ones alone (RFC 7644 §3.5.1)."),
        new("R7644-3.5.2", "patch", "PATCH operations are applied wrongly", "the result of a PATCH differs from RFC 7644 §3.5.2 applied to the resource."),
        new("R7644-3.6", "delete", "deleted resources are still served", "after a DELETE the resource must be gone from reads, lists and searches (RFC 7644 §3.6)."),
        new("R7644-3.7", "bulk", "bulk requests are processed wrongly", "the Bulk endpoint does not process, order or report operations as RFC 7644 §3.7 defines."),
        new("R7644-3.8", "media-type", "the SCIM media type is not honoured", "requests and responses must use application/scim+json (RFC 7644 §3.8)."),
        new("R7644-3.9", "return-attributes", "attributes and excludedAttributes are ignored on single resources", "RFC 7644 §3.9 applies them to every operation that returns a resource."),
        new("R7644-3.10", "attribute-notation", "attribute paths with a schema URN are not understood", "fully qualified attribute names (RFC 7644 §3.10) must work like short ones."),
        new("R7644-3.11", "me", "the /Me endpoint answers wrongly", "/Me must act on the authenticated subject or answer 501 (RFC 7644 §3.11)."),
        new("R7644-3.12", "errors", "errors do not come as SCIM errors with the right status", "error responses must carry the status and scimType of RFC 7644 §3.12 in a SCIM Error body."),
        new("R7644-3.13", "versioning", "the SCIM protocol version is not honoured", "RFC 7644 §3.13."),
        new("R7644-3.14", "etags", "ETags and preconditions are not honoured", "versions (ETag) and If-Match/If-None-Match must behave as RFC 7644 §3.14 defines."),
        new("R7644-4", "discovery-endpoints", "discovery endpoints answer wrongly", "the discovery endpoints of RFC 7644 §4 do not answer as defined."),
        new("R7644-5", "i18n", "internationalised strings are compared wrongly", "RFC 7644 §5."),
        // §7.8 restates §5 for filters and uniqueness checks: the same cause, so one finding.
        new("R7644-7.8", "i18n", "internationalised strings are compared wrongly", "RFC 7644 §5 and §7.8."),
        new("R7644-7", "security-considerations", "a security consideration of RFC 7644 §7 is not met", "see the checks: transport, authorisation, disclosure or privacy as RFC 7644 §7 requires."),
        new("P6750", "bearer-tokens", "bearer tokens are not handled as RFC 6750 requires", "invalid, expired or misplaced tokens must be refused with 401 and a WWW-Authenticate challenge."),
        new("P8725", "jwt", "JWT access tokens are accepted when they must not be", "signature, algorithm or claims of a JWT are not checked as RFC 8725 requires."),
        new("P7009", "revocation", "revoked tokens are still accepted", "a token revoked as RFC 7009 describes keeps working."),
        new("P8996", "tls-versions", "obsolete TLS versions are accepted", "TLS 1.0 and 1.1 must be refused (RFC 8996)."),
        new("P9325", "tls-configuration", "the TLS configuration is weak", "RFC 9325 (BCP 195)."),
        new("P6797", "hsts", "Strict-Transport-Security is missing", "RFC 6797 §7.1."),
        new("P6125", "certificates", "the server certificate does not verify", "RFC 6125 / RFC 5280."),
        new("POWASP-API1", "object-authorisation", "resources of other tenants or users are reachable", "broken object level authorisation (OWASP API1)."),
        new("POWASP-API3", "property-authorisation", "attributes the client may not change or see are writable or shown", "broken object property level authorisation (OWASP API3)."),
        new("POWASP-API4", "resource-consumption", "requests are not bounded", "unrestricted resource consumption (OWASP API4)."),
        new("POWASP-API8", "misconfiguration", "responses disclose internals or miss hardening", "security misconfiguration (OWASP API8)."),
        new("PSEC-CACHE", "caching", "responses with personal data may be cached", "Cache-Control: no-store is missing on authenticated responses (RFC 9111)."),
        new("PSEED-ROTATE", "token-rotation", "tokens are not rotated or expired", "token governance practice."),
        new("PSEED-DEPROV", "deprovisioning", "deprovisioned users stay active", "a deactivated or deleted user keeps access or visibility it must lose."),
        new("PIDP", "provider-compatibility", "an identity provider's provisioning traffic is answered wrongly", "a step that provider sends is not handled as its documented flow expects."),
    ];

    /// <summary>One topic under its own prefix and under each requirement that restates it.</summary>
    private static Topic[] AlsoUnder(Topic topic, params string[] restatedBy) => [topic, .. restatedBy.Select(prefix => topic with { Prefix = prefix })];

    // The section that defines each request construct (FailureFacts.Construct).
    private static readonly Dictionary<string, string> ConstructSections = new(StringComparer.Ordinal)
    {
        [FailureFacts.Precondition] = "R7644-3.14",
        ["sort"] = "R7644-3.4.2.3",
        ["projection"] = "R7644-3.4.2.5",
        ["paging"] = "R7644-3.4.2.4",
        ["count"] = "R7644-3.4.2.4",
        ["filter"] = "R7644-3.4.2.2",
    };

    /// <summary>The topic of the section that defines a request construct, or null for none.</summary>
    public static Topic? OfConstruct(string construct) =>
        ConstructSections.TryGetValue(construct, out var section) ? All.First(t => t.Prefix == section) : null;

    /// <summary>The topic of a requirement id: the longest prefix that covers it, or null.</summary>
    public static Topic? Of(string requirementId)
    {
        ArgumentNullException.ThrowIfNull(requirementId);
        Topic? best = null;
        foreach (var topic in All)
            if (Covers(topic.Prefix, requirementId) && (best is null || topic.Prefix.Length > best.Prefix.Length)) best = topic;
        return best;
    }

    // "R7644-3.4.2" covers R7644-3.4.2-01 and R7644-3.4.2.1-01 but not R7644-3.4.20-01.
    private static bool Covers(string prefix, string id) =>
        id.StartsWith(prefix, StringComparison.Ordinal) && (id.Length == prefix.Length || id[prefix.Length] is '-' or '.');
}
