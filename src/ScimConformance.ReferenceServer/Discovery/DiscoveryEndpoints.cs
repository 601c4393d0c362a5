using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Resources;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Discovery;

/// <summary>
/// /ServiceProviderConfig, /ResourceTypes and /Schemas (RFC 7644 section 4). Query parameters such as
/// filter are ignored here, as the RFC allows.
/// </summary>
internal static class DiscoveryEndpoints
{
    public static void Map(RouteGroupBuilder scim, SchemaRegistry registry, ListResponse lists, DefectSwitches defects, TimeSpan cursorTimeout)
    {
        var serviceProviderConfig = EmbeddedJson.Read("serviceProviderConfig.json").AsObject();
        serviceProviderConfig["pagination"]!["cursorTimeout"] = (long)Math.Ceiling(cursorTimeout.TotalSeconds);
        if (defects.IsOn(CursorDefects.NoCursorPagination))
        {
            // A server that pages by index only (RFC 9865 section 3: the capability is advertised, or absent).
            serviceProviderConfig["pagination"]!["cursor"] = false;
            serviceProviderConfig["pagination"]!.AsObject().Remove("cursorTimeout");
        }
        var resourceTypes = EmbeddedJson.Read("resourceTypes.json").AsArray();
        var schemas = registry.SchemaDocuments;
        if (defects.IsOn(BenignVariations.MetaVersionAbsent))
        {
            // Without versions there is nothing to compare ETags with, so versioning is not advertised (RFC 7644 section 3.14).
            serviceProviderConfig["etag"] = new JsonObject { ["supported"] = false };
        }

        if (defects.IsOn(BenignVariations.ExtraUnknownAttributes))
        {
            (resourceTypes, schemas) = VendorExtension.Declare(resourceTypes, schemas);
        }

        serviceProviderConfig = DiscoveryDocumentQuirks.ServiceProviderConfig(serviceProviderConfig, defects);
        resourceTypes = DiscoveryDocumentQuirks.Described(DiscoveryDocumentQuirks.ResourceTypes(resourceTypes, defects), defects);
        schemas = DiscoveryDocumentQuirks.Described(DiscoveryDocumentQuirks.Schemas(schemas, defects), defects);

        scim.MapGet("/ServiceProviderConfig", (HttpContext context) => Single(serviceProviderConfig, context));
        if (defects.IsOn(CoverageDefects.DiscoveryWritable))
        {
            scim.MapPut("/ServiceProviderConfig", async (HttpContext context) =>
            {
                serviceProviderConfig = Replacing(serviceProviderConfig, await RequestBody.ReadObjectAsync(context.Request));
                return Single(serviceProviderConfig, context);
            });
            scim.MapPut("/Schemas/{id}", async (HttpContext context, string id) =>
            {
                var body = await RequestBody.ReadObjectAsync(context.Request);
                var index = schemas.OfType<JsonObject>().ToList().FindIndex(d => string.Equals((string?)d["id"], id, StringComparison.OrdinalIgnoreCase));
                if (index < 0) throw ScimException.NotFound($"Schema \"{id}\" does not exist.");
                schemas[index] = Replacing(schemas[index]!.AsObject(), body);
                return Single(schemas[index]!.AsObject(), context);
            });
        }

        if (!DiscoveryDocumentQuirks.ServesSchemas(defects))
        {
            return;
        }

        scim.MapGet("/ResourceTypes", (HttpContext context) => List(resourceTypes, context, lists));
        // discovery-by-id-as-list wraps the one document in a ListResponse (the lists builder doubles as the switch).
        var byIdAsList = defects.IsOn(CoverageDefects.DiscoveryByIdAsList) ? lists : null;
        scim.MapGet("/ResourceTypes/{id}", (HttpContext context, string id) => Find(resourceTypes, id, context, "ResourceType", byIdAsList));
        scim.MapGet("/Schemas", (HttpContext context) => List(schemas, context, lists));
        scim.MapGet("/Schemas/{id}", (HttpContext context, string id) => Find(schemas, id, context, "Schema", byIdAsList));
    }

    private static ScimResult Single(JsonObject document, HttpContext context) =>
        new(StatusCodes.Status200OK, WithAbsoluteLocation(document, ScimUrls.For(context.Request)));

    private static ScimResult List(JsonArray documents, HttpContext context, ListResponse lists)
    {
        var urls = ScimUrls.For(context.Request);
        var items = documents.Select(d => (JsonNode)WithAbsoluteLocation(d!.AsObject(), urls)).ToArray();
        return new ScimResult(StatusCodes.Status200OK, lists.Build(items.Length, 1, items));
    }

    private static ScimResult Find(JsonArray documents, string id, HttpContext context, string what, ListResponse? asList)
    {
        var match = documents.OfType<JsonObject>().FirstOrDefault(d => string.Equals((string?)d["id"], id, StringComparison.OrdinalIgnoreCase))
            ?? throw ScimException.NotFound($"{what} \"{id}\" does not exist.");
        return asList is null ? Single(match, context) : List(new JsonArray(match.DeepClone()), context, asList);
    }

    /// <summary>discovery-writable: the body replaces the document, which keeps its own id and meta.</summary>
    private static JsonObject Replacing(JsonObject document, JsonObject body)
    {
        var replaced = body.DeepClone().AsObject();
        replaced["id"] = document["id"]?.DeepClone();
        replaced["meta"] = document["meta"]?.DeepClone();
        return replaced;
    }

    private static JsonObject WithAbsoluteLocation(JsonObject document, ScimUrls urls)
    {
        var copy = document.DeepClone().AsObject();
        if (copy["meta"] is JsonObject meta && (string?)meta["location"] is { } relative)
        {
            meta["location"] = urls.Of(relative);
        }

        return copy;
    }
}
