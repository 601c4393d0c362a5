namespace ScimConformance.ReferenceServer;

/// <summary>Real-world quirks of the HTTP layer: error bodies, unknown paths and JSON parsing.</summary>
public static class HttpQuirks
{
    public const string ProblemDetailsErrors = "problem-details-errors";
    public const string BareNotFound = "bare-404";
    public const string LenientJson = "lenient-json";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(ProblemDetailsErrors,
            "Errors are ASP.NET ProblemDetails (application/problem+json with type, title, a numeric status and detail) instead of SCIM Error messages, "
            + "so they carry no Error schema and no scimType (RFC 7644 §3.12: errors MUST be JSON in the urn:ietf:params:scim:api:messages:2.0:Error schema, status a string).",
            ["BLK-007", "ERR-002", "ERR-003", "ERR-007", "ERR-008", "ERR-009", "ERR-013", "PAT-028", "PAT-050", "PAT-053", "PAT-054", "PAT-057", "QRY-006", "QRY-017"]),
        Settled.Benign(BareNotFound,
            "Paths the server does not serve (unknown endpoints, /Me) answer a bare 404 without a body, before any authentication, as a router in front of the SCIM handlers does.",
            "RFC 9110 §15.5.5: 404 says the target does not exist; RFC 7644 §3.11 lets a provider leave out /Me, and the §3.12 Error body describes errors of the endpoints it serves (a stricter reading may warn, never fail)."),
        Settled.Benign(LenientJson,
            "Request bodies are parsed leniently: comments and trailing commas are accepted; a text that is not JSON at all still gets 400 invalidSyntax.",
            "RFC 8259 §9: a JSON parser MUST accept all texts that conform to the JSON grammar and MAY accept non-JSON forms or extensions."),
    ];
}
