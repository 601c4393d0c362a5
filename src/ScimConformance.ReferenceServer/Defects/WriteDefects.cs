namespace ScimConformance.ReferenceServer;

/// <summary>Defects of versioning (RFC 7644 §3.14) and bulk operations (RFC 7644 §3.7).</summary>
public static class WriteDefects
{
    public const string EtagIfMatchIgnored = "etag-if-match-ignored";
    public const string EtagIfNoneMatchIgnored = "etag-if-none-match-ignored";
    public const string EtagVersionUnchangedOnWrite = "etag-version-unchanged-on-write";
    public const string EtagHeaderMissing = "etag-header-missing";
    public const string MetaVersionWithheld = "meta-version-withheld";
    public const string PutBodyIdHonoured = "put-body-id-honoured";
    public const string BulkIdUnresolved = "bulk-bulkid-unresolved";
    public const string BulkFailOnErrorsIgnored = "bulk-fail-on-errors-ignored";
    public const string BulkLimitsNotEnforced = "bulk-limits-not-enforced";
    public const string BulkErrorWithoutResponse = "bulk-error-without-response";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        // ETG-011 (a DELETE with a stale If-Match) cites only the §3.12 SHOULD, so it warns and is not a catch.
        new(EtagIfMatchIgnored, "etag.supported is advertised, but If-Match is never evaluated: PUT, PATCH and DELETE with a stale ETag go through.", ["ETG-009", "ETG-010", "BLK-015"]),
        new(EtagIfNoneMatchIgnored, "GET ignores If-None-Match and answers 200 with the body even when the ETag is current.", ["ETG-007"]),
        new(EtagVersionUnchangedOnWrite, "meta.version and the ETag stay at their first value when the resource is changed.", ["ETG-004", "ETG-005", "ETG-015"]),
        new(EtagHeaderMissing, "Responses carry meta.version but no ETag header.", ["USR-015", "ETG-001", "ETG-003"]),
        new(MetaVersionWithheld, "Single-resource responses send the ETag header but leave meta.version out of the body "
            + "(RFC 7643 §3.1: meta.version equals the ETag header; RFC 7644 §3.14: the same value also appears in meta.version).", ["USR-015"]),
        new(PutBodyIdHonoured, "PUT takes the readOnly id from the request body and moves the resource to it.", ["USR-018", "SEC-057"]),
        new(BulkIdUnresolved, "bulkId references in bulk operation data and paths are passed through literally instead of being replaced by the new resource ids.", ["BLK-004", "BLK-005", "BLK-014", "BLK-090"]),
        new(BulkFailOnErrorsIgnored, "failOnErrors is ignored: a bulk request carries on after the allowed number of errors.", ["BLK-009"]),
        new(BulkLimitsNotEnforced, "Bulk requests past maxOperations or maxPayloadSize are processed instead of answered with 413.", ["BLK-010", "BLK-011", "SEC-066"]),
        new(BulkErrorWithoutResponse, "A failed bulk operation reports only its status, without the SCIM Error in response.", ["BLK-007", "BLK-091"]),
    ];
}
