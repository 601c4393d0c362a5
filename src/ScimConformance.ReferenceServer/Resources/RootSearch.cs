using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Security;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// POST {base}/.search (RFC 7644 sections 3.4.2.1 and 3.4.3): one query over every resource type. An attribute a
/// type lacks has no value there, so "userName pr" selects Users only; sorting and paging span all types.
/// </summary>
internal static class RootSearch
{
    public static void Map(RouteGroupBuilder scim, ScimDatabase database, ListResponse lists, DefectSwitches defects, params ResourceService[] services)
    {
        scim.MapPost("/.search", async context =>
        {
            if (await SearchQuirk.RefusedAsync(context, defects))
            {
                return;
            }

            var body = await RequestBody.ReadObjectAsync(context.Request);
            var result = await SearchAsync(Caller.Of(context).Tenant, ListRequest.FromSearchBody(body), ScimUrls.For(context.Request), database, lists, services);
            await new ScimResult(StatusCodes.Status200OK, result).ExecuteAsync(context);
        });
    }

    private static Task<JsonObject> SearchAsync(string tenant, ListRequest request, ScimUrls urls, ScimDatabase database, ListResponse lists, ResourceService[] services)
    {
        var first = services[0];
        request = first.Effective(request);
        if (request.Cursor is not null)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidValue, "Cursor pagination is offered on the resource endpoints (/Users, /Groups), not across types.");
        }

        var (offset, size) = first.PageOf(request);
        // Only the caller's tenant is searched (every tenant's under the cross-tenant-read defect, as for the typed lists).
        return database.ReadAsync(first.ReadScope(tenant), store =>
        {
            var byKind = services.ToDictionary(s => s.Kind.Name, StringComparer.Ordinal);
            var matching = services.SelectMany(s => s.Matching(store, request.Filter)).ToArray();
            var page = size == 0 ? [] : first.Sorted(matching, request, strict: false).Skip(offset).Take(size);
            var rendered = page.Select(c => byKind[c.Kind.Name].Render(c.Stored, store, urls, request)).ToArray();
            return lists.Build(matching.Length, request.StartIndex, rendered);
        });
    }
}
