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
        {
            if (defects.IsOn(ProtocolCoverageDefects.UnknownQueryParameterRefused))
            {
                ProtocolCoverageDefects.RefuseUnknown(context.Request.Query);
            }

            var request = ListRequest.FromQuery(context.Request.Query);
            if (defects.IsOn(ProfileDefects.FilterPlusNotDecoded))
            {
                request = request with { Filter = ProfileDefects.RawFilter(context.Request.QueryString.Value) };
            }

            return Ok(await service.ListAsync(Tenant(context), request, ScimUrls.For(context.Request)));
        }));

        scim.MapPost(endpoint + "/.search", async context =>
        {
            if (await SearchQuirk.RefusedAsync(context, defects))
            {
                return;
            }

            var body = await RequestBody.ReadObjectAsync(context.Request);
            await Ok(await service.ListAsync(Tenant(context), ListRequest.FromSearchBody(body), ScimUrls.For(context.Request))).ExecuteAsync(context);
        });

        scim.MapPost(endpoint, Handle(async context =>
        {
            var body = await RequestBody.ReadObjectAsync(context.Request);
            var created = await service.CreateAsync(Tenant(context), body, ScimUrls.For(context.Request), WriteSelection(context, service, defects));
            var headers = VersionHeader(created, defects);
            if (!defects.IsOn(FoundationDefects.NoLocationHeader))
            {
                // location-names-collection: the header names where the POST went, not what it created.
                var urls = ScimUrls.For(context.Request);
                headers["Location"] = defects.IsOn(WriteQuirks.LocationNamesCollection) ? urls.Of(endpoint) : urls.Of(endpoint, (string)created["id"]!);
                if (defects.IsOn(EdgeCoverageDefects.LocationUserinfo))
                {
                    headers["Location"] = EdgeCoverageDefects.WithUserinfo(headers["Location"]);
                }
            }

            if (defects.IsOn(CoverageDefects.GroupCreatedWithoutMeta) && service.Kind.Name == "Group")
            {
                created.Remove("meta");
            }

            return new ScimResult(StatusCodes.Status201Created, created, headers);
        }));

        scim.MapGet(endpoint + "/{id}", async (HttpContext context, string id) =>
        {
            var resource = await service.GetAsync(Tenant(context), id, ScimUrls.For(context.Request), Selection(context, service));
            // RFC 7644 section 3.14: If-None-Match naming the current version answers 304 without a body.
            var ifNoneMatch = IfHeader(context, "If-None-Match");
            if (ifNoneMatch is not null && !defects.IsOn(WriteDefects.EtagIfNoneMatchIgnored)
                && EntityTags.Matches(ifNoneMatch, (string?)resource["meta"]?["version"]))
            {
                return new ScimResult(StatusCodes.Status304NotModified, null, VersionHeader(resource, defects));
            }

            return Single(resource, defects);
        });

        scim.MapPut(endpoint + "/{id}", async (HttpContext context, string id) =>
        {
            var body = await RequestBody.ReadObjectAsync(context.Request);
            return Single(await service.ReplaceAsync(Tenant(context), id, body, ScimUrls.For(context.Request), WriteSelection(context, service, defects), IfHeader(context, "If-Match")), defects);
        });

        scim.MapPatch(endpoint + "/{id}", async (HttpContext context, string id) =>
        {
            var body = await RequestBody.ReadObjectAsync(context.Request);
            ProfileDefects.CheckPatchRequest(body, defects);
            var operations = PatchRequestParser.Parse(body);
            var patched = await service.PatchAsync(Tenant(context), id, operations, ScimUrls.For(context.Request), Selection(context, service), IfHeader(context, "If-Match"));
            // RFC 7644 section 3.5.2: with "attributes" in the request the answer must be 200 with the resource.
            var attributesAsked = context.Request.Query.ContainsKey("attributes") || context.Request.Query.ContainsKey("excludedAttributes");
            return defects.IsOn(BenignVariations.PatchReturns204) && !attributesAsked
                ? new ScimResult(StatusCodes.Status204NoContent, null, VersionHeader(patched, defects))
                : Single(patched, defects);
        });

        scim.MapDelete(endpoint + "/{id}", async (HttpContext context, string id) =>
        {
            var lastView = await service.DeleteAsync(Tenant(context), id, ScimUrls.For(context.Request), IfHeader(context, "If-Match"));
            return defects.IsOn(FoundationDefects.DeleteReturns200) && lastView is not null
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

    // write-ignores-attribute-selection: POST and PUT answer with the full resource whatever the query asked for.
    private static AttributeSelection WriteSelection(HttpContext context, ResourceService service, DefectSwitches defects) =>
        defects.IsOn(ProtocolCoverageDefects.WriteIgnoresAttributeSelection) ? AttributeSelection.None : Selection(context, service);

    private static ScimResult Ok(JsonObject body) => new(StatusCodes.Status200OK, body);

    private static ScimResult Single(JsonObject resource, DefectSwitches defects) => new(StatusCodes.Status200OK, resource, VersionHeader(resource, defects));

    private static string? IfHeader(HttpContext context, string name) =>
        context.Request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? string.Join(",", values.OfType<string>()) : null;

    /// <summary>The headers of a single-resource answer: its ETag, and what the content-location-collection and meta-version-withheld switches change.</summary>
    private static Dictionary<string, string> VersionHeader(JsonObject resource, DefectSwitches defects)
    {
        var headers = new Dictionary<string, string>();
        if (!defects.IsOn(WriteDefects.EtagHeaderMissing) && resource["meta"]?["version"] is JsonValue version && version.TryGetValue(out string? etag))
        {
            headers["ETag"] = etag;
        }

        if (defects.IsOn(CoverageDefects.ContentLocationCollection) && (string?)resource["meta"]?["location"] is { } location)
        {
            headers["Content-Location"] = location[..location.LastIndexOf('/')];
        }

        if (defects.IsOn(WriteDefects.MetaVersionWithheld))
        {
            // The header is taken; the body that goes out with it loses the version.
            (resource["meta"] as JsonObject)?.Remove("version");
        }

        return headers;
    }
}
