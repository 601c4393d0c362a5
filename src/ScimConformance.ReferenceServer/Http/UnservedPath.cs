namespace ScimConformance.ReferenceServer.Http;

/// <summary>
/// Endpoint metadata for paths the server does not serve (the fallback, /Me). Normally they answer a SCIM Error after
/// authentication; the bare-404 switch answers them before authentication, with a bodiless 404.
/// </summary>
internal sealed class UnservedPath
{
    public static UnservedPath Marker { get; } = new();

    /// <summary>Middleware placed before error handling and authentication; passes everything on unless the switch is on.</summary>
    public static RequestDelegate Bare404(RequestDelegate next, DefectSwitches defects) => async context =>
    {
        if (defects.IsOn(HttpQuirks.BareNotFound) && context.GetEndpoint()?.Metadata.GetMetadata<UnservedPath>() is not null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentLength = 0;
            return;
        }

        await next(context);
    };
}
