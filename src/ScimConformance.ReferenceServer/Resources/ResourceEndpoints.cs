using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Patching;
using ScimConformance.ReferenceServer.Security;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>Maps the RFC 7644 section 3 operations of one resource type onto its endpoint.</summary>
internal static class ResourceEndpoints
{
    public static void Map(RouteGroupBuilder scim, ResourceService service, DefectSwitches defects)
    {
        var endpoint = service.Kind.Endpoint;

        scim.MapGet(endpoint, Handle(async context =>
            Ok(await service.ListAsync(Tenant(context), ListRequest.FromQuery(context.Request.Query), ScimUrls.For(context.Request)))));

        scim.MapPost(endpoint + "/.search", Handle(async context =>
        {
            var body = await RequestBody.ReadObjectAsync(context.Request);
            return Ok(await service.ListAsync(Tenant(context), ListRequest.FromSearchBody(body), ScimUrls.For(context.Request)));
        }));

        scim.MapPost(endpoint, Handle(async context =>
        {
            var body = await RequestBody.ReadObjectAsync(context.Request);
            var created = await service.CreateAsync(Tenant(context), body, ScimUrls.For(context.Request), Selection(context, service));
            var headers = VersionHeader(created);
            if (!defects.IsOn(FoundationDefects.NoLocationHeader))
            {
                headers["Location"] = ScimUrls.For(context.Request).Of(endpoint, (string)created["id"]!);
            }

            return new ScimResult(StatusCodes.Status201Created, created, headers);
        }));

        scim.MapGet(endpoint + "/{id}", async (HttpContext context, string id) =>
            Single(await service.GetAsync(Tenant(context), id, ScimUrls.For(context.Request), Selection(context, service))));

        scim.MapPut(endpoint + "/{id}", async (HttpContext context, string id) =>
        {
            var body = await RequestBody.ReadObjectAsync(context.Request);
            return Single(await service.ReplaceAsync(Tenant(context), id, body, ScimUrls.For(context.Request), Selection(context, service)));
        });

        scim.MapPatch(endpoint + "/{id}", async (HttpContext context, string id) =>
        {
            var operations = PatchRequestParser.Parse(await RequestBody.ReadObjectAsync(context.Request));
            return Single(await service.PatchAsync(Tenant(context), id, operations, ScimUrls.For(context.Request), Selection(context, service)));
        });

        scim.MapDelete(endpoint + "/{id}", async (HttpContext context, string id) =>
        {
            var lastView = await service.DeleteAsync(Tenant(context), id, ScimUrls.For(context.Request));
            return defects.IsOn(FoundationDefects.DeleteReturns200)
                ? new ScimResult(StatusCodes.Status200OK, lastView)
                : new ScimResult(StatusCodes.Status204NoContent, null);
        });
    }

    // A lambda taking only HttpContext binds to the RequestDelegate overload, which would discard the result.
    private static RequestDelegate Handle(Func<HttpContext, Task<ScimResult>> handler) =>
        async context => await (await handler(context)).ExecuteAsync(context);

    private static string Tenant(HttpContext context) => Caller.Of(context).Tenant;

    private static AttributeSelection Selection(HttpContext context, ResourceService service) =>
        AttributeSelection.Parse(service.Kind, context.Request.Query["attributes"].OfType<string>(),
            context.Request.Query["excludedAttributes"].OfType<string>());

    private static ScimResult Ok(JsonObject body) => new(StatusCodes.Status200OK, body);

    private static ScimResult Single(JsonObject resource) => new(StatusCodes.Status200OK, resource, VersionHeader(resource));

    private static Dictionary<string, string> VersionHeader(JsonObject resource)
    {
        var headers = new Dictionary<string, string>();
        if (resource["meta"]?["version"] is JsonValue version && version.TryGetValue(out string? etag))
        {
            headers["ETag"] = etag;
        }

        return headers;
    }
}
