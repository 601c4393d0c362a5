using System.Security.Cryptography;
using System.Text;

namespace ScimConformance.ReferenceServer.Http;

/// <summary>Checks the static bearer token on every request (RFC 6750 style challenge on failure).</summary>
internal sealed class BearerAuthentication(byte[] expectedToken)
{
    private const string Challenge = "Bearer realm=\"scim\"";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await RefuseAsync(context, Challenge, "Authorization with a bearer token is required.");
            return;
        }

        var presented = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        if (!CryptographicOperations.FixedTimeEquals(presented, expectedToken))
        {
            await RefuseAsync(context, Challenge + ", error=\"invalid_token\"", "The bearer token is not valid.");
            return;
        }

        await next(context);
    }

    private static Task RefuseAsync(HttpContext context, string challenge, string detail)
    {
        context.Response.Headers.WWWAuthenticate = challenge;
        var writer = context.RequestServices.GetRequiredService<ScimResponseWriter>();
        return writer.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, null, detail);
    }
}
