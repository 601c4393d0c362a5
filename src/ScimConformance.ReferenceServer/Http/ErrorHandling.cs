namespace ScimConformance.ReferenceServer.Http;

/// <summary>Turns exceptions and bodiless error statuses into SCIM Error messages, never leaking exception text.</summary>
internal sealed class ErrorHandling(ILogger<ErrorHandling> logger, DefectSwitches defects)
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
            await writer.WriteErrorAsync(context, ex.Status, ex.ScimType, Detail(ex, ex.Message));
            return;
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted && ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel stops reading a body past the request's size limit.
            context.Response.Clear();
            await writer.WriteErrorAsync(context, ex.StatusCode, null, Detail(ex, RequestBody.TooLargeDetail));
            return;
        }
        catch (LeakingServerException ex) when (!context.Response.HasStarted)
        {
            // Only defect code throws this: its point is to disclose internal text.
            context.Response.Clear();
            await writer.WriteErrorAsync(context, 500, null, Detail(ex, ex.Message));
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await writer.WriteErrorAsync(context, 500, null, Detail(ex, "The server failed to process the request."));
            return;
        }

        if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null or 0)
        {
            await writer.WriteErrorAsync(context, context.Response.StatusCode, null, DetailFor(context.Response.StatusCode));
        }
    }

    /// <summary>The detail written for the client; the stack-trace-in-errors defect appends the exception's type and stack.</summary>
    private string Detail(Exception ex, string safe) =>
        defects.IsOn(SecurityDefects.StackTraceInErrors) ? safe + Environment.NewLine + ex : safe;

    private static string DetailFor(int status) => status switch
    {
        404 => "The requested endpoint or resource does not exist.",
        405 => "The HTTP method is not supported on this endpoint.",
        413 => RequestBody.TooLargeDetail,
        415 => "The request body must be application/scim+json or application/json.",
        _ => "The request could not be processed.",
    };
}
