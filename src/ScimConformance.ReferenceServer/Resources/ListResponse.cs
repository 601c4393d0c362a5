using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>Builds ListResponse messages (RFC 7644 section 3.4.2).</summary>
internal sealed class ListResponse(DefectSwitches defects)
{
    public JsonObject Build(int totalResults, int startIndex, IEnumerable<JsonNode> resources) => Build(totalResults, startIndex, null, resources);

    /// <summary>A page of cursor-based pagination (RFC 9865 section 2): nextCursor unless it is the last page, no startIndex.</summary>
    public JsonObject BuildCursorPage(int totalResults, string? nextCursor, IEnumerable<JsonNode> resources) => Build(totalResults, null, nextCursor, resources);

    private JsonObject Build(int totalResults, int? startIndex, string? nextCursor, IEnumerable<JsonNode> resources)
    {
        var list = new JsonArray(resources.ToArray<JsonNode?>());
        var message = new JsonObject { ["schemas"] = new JsonArray(ScimUrns.ListResponse) };
        if (!defects.IsOn(FoundationDefects.MissingTotalResults))
        {
            message["totalResults"] = totalResults;
        }

        message["itemsPerPage"] = list.Count;
        if (startIndex is { } start)
        {
            message["startIndex"] = start;
        }

        if (nextCursor is not null)
        {
            message["nextCursor"] = nextCursor;
        }

        // Resources is required only when totalResults is non-zero (RFC 7644 section 3.4.2).
        if (!(list.Count == 0 && totalResults == 0 && defects.IsOn(BenignVariations.EmptyListOmitsResources)))
        {
            message["Resources"] = list;
        }

        return message;
    }
}
