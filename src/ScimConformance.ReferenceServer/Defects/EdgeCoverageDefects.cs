using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer;

/// <summary>Defects behind the bulk, security and internationalisation checks of issue 17 item 2's third round, one behaviour each.</summary>
public static class EdgeCoverageDefects
{
    public const string BulkErrorUnexplained = "bulk-error-unexplained";
    public const string BulkExtensionReferenceUnresolved = "bulk-extension-bulkid-unresolved";
    public const string LocationUserinfo = "location-userinfo";
    public const string PersistentCookie = "persistent-cookie";
    public const string UserNameUnprepared = "username-unprepared";
    public const string SensitiveFilterServed = "sensitive-filter-served";
    public const string UnversionedUriUnserved = "unversioned-uri-unserved";

    /// <summary>The userinfo the location-userinfo switch puts into the Location header: a user name only, so no secret is ever shown.</summary>
    internal const string Userinfo = "provisioner@";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(BulkErrorUnexplained,
            "A failed bulk operation's response holds a SCIM Error without detail: status and scimType only "
            + "(RFC 7644 §3.7.3: the status of a failed operation additionally explains the problem in text meant for humans).",
            ["BLK-091"]),
        new(BulkExtensionReferenceUnresolved,
            "bulkId:<id> references are resolved in core attributes but left as they are inside extension objects such as the enterprise "
            + "manager (RFC 7644 §3.7.2: references in extension attributes are resolved the same way).",
            ["BLK-090"]),
        new(LocationUserinfo,
            "The Location header of a 201 answer carries a userinfo component (https://provisioner@host/...) "
            + "(RFC 7644 §7.1 with RFC 7230 §2.7.1: URIs placed in messages carry no userinfo).",
            ["SEC-100"]),
        Settled.Warned(PersistentCookie,
            "Every answer sets a session cookie with Max-Age of a year (RFC 7644 §7.4: cookies should not outlive a browser session).",
            ["SEC-101"]),
        new(UserNameUnprepared,
            "userName is case-folded but not normalised to NFC before uniqueness checks and filter comparisons, so \"é\" sent decomposed "
            + "(e U+0301) is another name than \"é\" stored precomposed (RFC 7644 §5 and §7.8: userName is prepared with the PRECIS rules of RFC 7613).",
            ["USR-120", "QRY-110"]),
        Settled.Warned(SensitiveFilterServed,
            "GET /Users?filter=password eq \"...\" is served (200) instead of refused (RFC 7644 §7.5.2: a GET whose filter carries sensitive "
            + "data should be answered 403, scimType sensitive, so the client uses POST .search).",
            ["SEC-102"]),
        Settled.Warned(UnversionedUriUnserved,
            "/scim/Users/{id} without the version segment answers 404; only /scim/v2/Users/{id} serves the user (RFC 7644 §3.13: a request "
            + "without a version should be served as the most recent one; RFC 7643 §2.4: URIs with and without it name the same resource).",
            ["USR-121"]),
    ];

    /// <summary>location-userinfo: the absolute URL with the userinfo put in front of its host.</summary>
    internal static string WithUserinfo(string url) =>
        url.IndexOf("://", StringComparison.Ordinal) is var at and >= 0 ? url[..(at + 3)] + Userinfo + url[(at + 3)..] : url;

    /// <summary>
    /// unversioned-uri-unserved: the Users endpoint is also mapped under /scim without a version segment (marked with
    /// <see cref="UnversionedRoute"/>); this middleware, placed after error handling, refuses those routes with 404 when the switch is on.
    /// </summary>
    internal static RequestDelegate UnversionedRefused(RequestDelegate next, DefectSwitches defects) => context =>
        context.GetEndpoint()?.Metadata.GetMetadata<UnversionedRoute>() is not null && defects.IsOn(UnversionedUriUnserved)
            ? throw ScimException.NotFound("The requested endpoint does not exist.")
            : next(context);

    /// <summary>persistent-cookie: sets a year-long cookie on every answer, errors included, when the switch is on.</summary>
    internal static RequestDelegate LongLivedCookie(RequestDelegate next, DefectSwitches defects) => context =>
    {
        if (defects.IsOn(PersistentCookie))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Append("Set-Cookie", "scimsession=reference; Max-Age=31536000; Path=/; Secure; HttpOnly");
                return Task.CompletedTask;
            });
        }

        return next(context);
    };
}

/// <summary>Metadata of the routes without a version segment (see <see cref="EdgeCoverageDefects.UnversionedRefused"/>).</summary>
internal sealed class UnversionedRoute
{
    public static UnversionedRoute Marker { get; } = new();
}
