using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Security;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Hosting;

/// <summary>Endpoints outside the SCIM base for operators and tests.</summary>
internal static class AdminEndpoints
{
    public static void Map(WebApplication app, ScimDatabase database)
    {
        // Every tenant's resources: only the default tenant's full-scope caller (the operator) may see them.
        app.MapGet("/admin/snapshot", async (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            if (caller.Tenant != ScimDatabase.DefaultTenant || caller.ReadOnly)
            {
                throw new ScimException(StatusCodes.Status403Forbidden, null, "The snapshot is for the operator's token only.");
            }

            var snapshot = await database.SnapshotAsync();
            var items = new JsonArray(snapshot.Select(r => (JsonNode?)new JsonObject
            {
                ["resourceType"] = r.ResourceType,
                ["id"] = r.Id,
                ["tenant"] = r.Tenant,
                ["json"] = r.Json,
            }).ToArray());
            return new ScimResult(StatusCodes.Status200OK, items);
        });
    }
}
