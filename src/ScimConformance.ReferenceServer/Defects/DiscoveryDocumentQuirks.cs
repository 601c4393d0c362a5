using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer;

/// <summary>How the discovery quirks change the documents the server publishes (the server itself works from its own schemas).</summary>
internal static class DiscoveryDocumentQuirks
{
    private static readonly string[] BooleanCharacteristics = ["multiValued", "required", "caseExact"];

    public static JsonObject ServiceProviderConfig(JsonObject config, DefectSwitches defects)
    {
        if (defects.IsOn(DiscoveryQuirks.EtagServedUnadvertised))
        {
            config["etag"] = new JsonObject { ["supported"] = false };
        }

        if (defects.IsOn(FilterQuirks.CountNotCapped))
        {
            // A small advertised limit, as some providers configure, which a run's own users exceed.
            config["filter"]!["maxResults"] = FilterQuirks.SmallMaxResults;
        }

        if (defects.IsOn(ValueCoverageDefects.PatchUnadvertised))
        {
            config["patch"] = new JsonObject { ["supported"] = false };
        }

        return config;
    }

    public static JsonArray ResourceTypes(JsonArray types, DefectSwitches defects)
    {
        if (!defects.IsOn(DiscoveryQuirks.ResourceTypeSchemaIsExtension))
        {
            return types;
        }

        // The enterprise extension promoted to base schema, the core User schema demoted to a required extension.
        var changed = types.DeepClone().AsArray();
        var user = changed.OfType<JsonObject>().First(t => (string?)t["id"] == "User");
        user["schema"] = ScimUrns.EnterpriseUser;
        var extensions = user["schemaExtensions"]!.AsArray();
        foreach (var enterprise in extensions.OfType<JsonObject>().Where(e => (string?)e["schema"] == ScimUrns.EnterpriseUser).ToArray())
        {
            extensions.Remove(enterprise);
        }

        extensions.Insert(0, new JsonObject { ["schema"] = ScimUrns.User, ["required"] = true });
        return changed;
    }

    public static JsonArray Schemas(JsonArray schemas, DefectSwitches defects)
    {
        if (!defects.IsOn(DiscoveryQuirks.SchemasMalformed))
        {
            return schemas;
        }

        var changed = schemas.DeepClone().AsArray();
        foreach (var schema in changed.OfType<JsonObject>())
        {
            Malform(schema["attributes"] as JsonArray);
        }

        return changed;
    }

    /// <summary>discovery-undescribed: the resource types or schemas without their top-level description.</summary>
    public static JsonArray Described(JsonArray documents, DefectSwitches defects)
    {
        if (!defects.IsOn(CoverageDefects.DiscoveryUndescribed))
        {
            return documents;
        }

        var changed = documents.DeepClone().AsArray();
        foreach (var document in changed.OfType<JsonObject>())
        {
            document.Remove("description");
        }

        return changed;
    }

    /// <summary>Whether /Schemas and /ResourceTypes are served at all.</summary>
    public static bool ServesSchemas(DefectSwitches defects) => !defects.IsOn(DiscoveryQuirks.SchemasEndpointMissing);

    private static void Malform(JsonArray? attributes)
    {
        foreach (var attribute in attributes?.OfType<JsonObject>() ?? [])
        {
            if (attribute["type"] is JsonValue type && type.TryGetValue(out string? name) && name.Length > 0)
            {
                attribute["type"] = char.ToUpperInvariant(name[0]) + name[1..];
            }

            foreach (var characteristic in BooleanCharacteristics)
            {
                if (attribute[characteristic] is JsonValue flag && flag.TryGetValue(out bool value))
                {
                    attribute[characteristic] = value ? "true" : "false";
                }
            }

            Malform(attribute["subAttributes"] as JsonArray);
        }
    }
}
