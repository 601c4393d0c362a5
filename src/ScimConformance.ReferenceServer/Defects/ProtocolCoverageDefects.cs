using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer;

/// <summary>Defects behind the protocol checks of issue 17 item 2's second round, one behaviour each.</summary>
public static class ProtocolCoverageDefects
{
    public const string UnknownQueryParameterRefused = "unknown-query-parameter-refused";
    public const string WriteIgnoresAttributeSelection = "write-ignores-attribute-selection";
    public const string VersionSegmentIgnored = "version-segment-ignored";

    /// <summary>The list parameters RFC 7644 §3.4.2 and RFC 9865 define; anything else is unknown to the server.</summary>
    private static readonly HashSet<string> KnownListParameters = new(
        ["filter", "startIndex", "count", "attributes", "excludedAttributes", "sortBy", "sortOrder", "cursor"], StringComparer.OrdinalIgnoreCase);

    internal static IReadOnlyList<Defect> All { get; } =
    [
        Settled.Warned(UnknownQueryParameterRefused,
            "GET on a resource endpoint answers 400 invalidSyntax when the query string holds a parameter the server does not know "
            + "(RFC 7644 §3.4.2: unrecognised query parameters should be ignored).",
            ["QRY-080"]),
        new(WriteIgnoresAttributeSelection,
            "POST and PUT ignore attributes and excludedAttributes and answer with the full resource "
            + "(RFC 7644 §3.9: the parameters apply to every operation that returns a resource, POST and PUT as well as GET).",
            ["USR-070"]),
        new(VersionSegmentIgnored,
            "GET /scim/v{n}/Users for any n answers as version 2 instead of refusing a protocol version the server does not implement "
            + "(RFC 7644 §3.13: a version named in the URL is used or the request is refused).",
            ["ERR-080"]),
    ];

    /// <summary>
    /// version-segment-ignored: the Users endpoint is also mapped under /scim/v{n} (marked with this metadata); this middleware,
    /// placed after error handling, refuses those routes with 404 unless the switch is on.
    /// </summary>
    internal static RequestDelegate ForeignVersionRefused(RequestDelegate next, DefectSwitches defects) => context =>
        context.GetEndpoint()?.Metadata.GetMetadata<ForeignVersionRoute>() is not null && !defects.IsOn(VersionSegmentIgnored)
            ? throw ScimException.NotFound("The requested endpoint does not exist.")
            : next(context);

    /// <summary>unknown-query-parameter-refused: refuses a list query carrying a parameter outside the known set.</summary>
    internal static void RefuseUnknown(IQueryCollection query)
    {
        var unknown = query.Keys.FirstOrDefault(k => !KnownListParameters.Contains(k));
        if (unknown is not null)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, $"Unknown query parameter '{unknown}'.");
        }
    }
}

/// <summary>Metadata of the routes under a version segment other than the served one (see <see cref="ProtocolCoverageDefects.ForeignVersionRefused"/>).</summary>
internal sealed class ForeignVersionRoute
{
    public static ForeignVersionRoute Marker { get; } = new();
}
