using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace ScimConformance.ReferenceServer;

/// <summary>
/// The error body of the problem-details-errors switch: what ASP.NET's ProblemDetails (RFC 9457) writes when a SCIM
/// server leaves error handling to the framework.
/// </summary>
internal static class ProblemDetailsBody
{
    public const string MediaType = "application/problem+json; charset=utf-8";

    public static JsonObject Of(int status, string detail) => new()
    {
        ["type"] = "https://tools.ietf.org/html/rfc9110#section-15." + (status >= 500 ? "6" : "5"),
        ["title"] = ReasonPhrases.GetReasonPhrase(status),
        ["status"] = status,
        ["detail"] = detail,
    };
}
