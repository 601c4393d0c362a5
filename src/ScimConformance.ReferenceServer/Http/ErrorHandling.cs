namespace ScimConformance.ReferenceServer.Http;

/// <summary>Turns exceptions and bodiless error statuses into SCIM Error messages, never leaking exception text.</summary>
internal sealed class ErrorHandling(ILogger<ErrorHandling> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var writer = context.RequestServices.GetRequiredService<ScimResponseWriter>();
        try
        {
            await next(context);
        }
        catch (ScimException ex) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await writer.WriteErrorAsync(context, ex.Status, ex.ScimType, ex.Message);
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await writer.WriteErrorAsync(context, 500, null, "The server failed to process the request.");
            return;
        }

        if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null or 0)
        {
            await writer.WriteErrorAsync(context, context.Response.StatusCode, null, DetailFor(context.Response.StatusCode));
        }
    }

    private static string DetailFor(int status) => status switch
    {
        404 => "The requested endpoint or resource does not exist.",
        405 => "The HTTP method is not supported on this endpoint.",
        415 => "The request body must be application/scim+json or application/json.",
        _ => "The request could not be processed.",
    };
}
