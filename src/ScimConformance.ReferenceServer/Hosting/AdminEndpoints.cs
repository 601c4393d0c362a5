using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Hosting;

/// <summary>Endpoints outside the SCIM base for operators and tests.</summary>
internal static class AdminEndpoints
{
    public static void Map(WebApplication app, ScimDatabase database)
    {
        app.MapGet("/admin/snapshot", async () =>
        {
            var snapshot = await database.ReadAsync(store => store.Snapshot());
            var items = new JsonArray(snapshot.Select(r => (JsonNode?)new JsonObject
            {
                ["resourceType"] = r.ResourceType,
                ["id"] = r.Id,
                ["json"] = r.Json,
            }).ToArray());
            return new ScimResult(StatusCodes.Status200OK, items);
        });
    }
}
