using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Security;

namespace ScimConformance.ReferenceServer.Bulk;

/// <summary>POST /Bulk (RFC 7644 section 3.7): limits first (413), then the operations.</summary>
internal static class BulkEndpoint
{
    public static void Map(RouteGroupBuilder scim, BulkProcessor processor, DefectSwitches defects)
    {
        scim.MapPost("/Bulk", async (HttpContext context) =>
        {
            var enforceLimits = !defects.IsOn(WriteDefects.BulkLimitsNotEnforced);
            var body = await RequestBody.ReadObjectAsync(context.Request, enforceLimits ? BulkLimits.MaxPayloadSize : long.MaxValue);
            var request = BulkRequestParser.Parse(body, enforceLimits);
            return new ScimResult(StatusCodes.Status200OK, await processor.ProcessAsync(Caller.Of(context).Tenant, request, ScimUrls.For(context.Request)));
        });
    }
}
