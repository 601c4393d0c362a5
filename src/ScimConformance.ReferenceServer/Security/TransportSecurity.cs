namespace ScimConformance.ReferenceServer.Security;

/// <summary>
/// First in the pipeline when the server runs HTTPS: every HTTPS answer carries HSTS (RFC 6797), and every request
/// that arrives on the plain-HTTP listener is answered 308 to the same path on the HTTPS origin before anything
/// reads its credentials or body.
/// </summary>
internal sealed class TransportSecurity(DefectSwitches defects)
{
    public const string HstsValue = "max-age=31536000";

    /// <summary>The HTTPS origin the redirect points at (never taken from the request's Host header); known once the server listens.</summary>
    public string HttpsOrigin { get; set; } = "";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.IsHttps)
        {
            if (!defects.IsOn(SecurityDefects.NoHsts))
            {
                // Set when the answer starts, so that error handling that clears the response keeps it.
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.StrictTransportSecurity = HstsValue;
                    return Task.CompletedTask;
                });
            }

            await next(context);
            return;
        }

        // plain-http-serves-data and plain-http-answers-api: the plain listener runs the API instead of redirecting.
        if (defects.IsOn(SecurityDefects.PlainHttpServesData) || defects.IsOn(TransportQuirks.PlainHttpAnswersApi))
        {
            await next(context);
            return;
        }

        var target = $"{HttpsOrigin}{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}";
        context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = target;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = 0;
    }
}
