namespace ScimConformance.ReferenceServer.Http;

/// <summary>The search-405 switch: POST .search is not offered, as by a server that only answers GET queries.</summary>
internal static class SearchQuirk
{
    /// <summary>Answers 405 and returns true when the switch is on.</summary>
    public static async Task<bool> RefusedAsync(HttpContext context, DefectSwitches defects)
    {
        if (!defects.IsOn(FilterQuirks.SearchNotAllowed))
        {
            return false;
        }

        // RFC 9110 section 15.5.6: a 405 lists the methods the target allows, here none.
        context.Response.Headers.Allow = "";
        var writer = context.RequestServices.GetRequiredService<ScimResponseWriter>();
        await writer.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, null, "POST .search is not supported; query with GET.");
        return true;
    }
}
