using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Schema;

/// <summary>
/// Translates a resource type's SCIM schemas (core plus extensions) into one JSON Schema document.
/// Unknown members stay allowed (servers may add attributes); canonicalValues are not enforced (RFC 7643
/// §2.3.1 lets servers accept others); returned=never attributes must be absent.
/// </summary>
public static class ScimJsonSchemaBuilder
{
    public static JsonObject Build(ResourceTypeDefinition resourceType, DiscoveryResult discovery)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        ArgumentNullException.ThrowIfNull(discovery);
        var properties = new JsonObject();
        var required = new JsonArray("schemas", "id");

        if (discovery.Schema(resourceType.Schema) is { } core)
            AddAttributes(core.Attributes, properties, required);

        foreach (var extension in resourceType.Extensions)
        {
            if (discovery.Schema(extension.Schema) is not { } schema) continue;
            var extensionProperties = new JsonObject();
            var extensionRequired = new JsonArray();
            AddAttributes(schema.Attributes, extensionProperties, extensionRequired);
            properties[schema.Id] = ObjectSchema(extensionProperties, extensionRequired);
        }

        // The common attributes (RFC 7643 §3.1) have a fixed shape, whatever the endpoint's /Schemas says about them.
        properties["schemas"] = new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = 1,
            ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
        };
        properties["id"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 };
        properties["externalId"] = new JsonObject { ["type"] = "string" };
        properties["meta"] = MetaSchema();

        var root = ObjectSchema(properties, Distinct(required));
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return root;
    }

    private static void AddAttributes(IEnumerable<AttributeDefinition> attributes, JsonObject properties, JsonArray required)
    {
        foreach (var attribute in attributes)
        {
            properties[attribute.Name] = AttributeSchema(attribute);
            if (attribute.Required && attribute.Returned is not ("never" or "request"))
                required.Add(attribute.Name);
        }
    }

    private static JsonNode AttributeSchema(AttributeDefinition attribute)
    {
        // A `false` schema fails whenever the member is present: exactly "must never be returned".
        if (attribute.Returned == "never") return JsonValue.Create(false);
        var single = ValueSchema(attribute);
        return attribute.MultiValued ? new JsonObject { ["type"] = "array", ["items"] = single } : single;
    }

    private static JsonObject ValueSchema(AttributeDefinition attribute)
    {
        switch (attribute.Type)
        {
            case "boolean": return new JsonObject { ["type"] = "boolean" };
            case "decimal": return new JsonObject { ["type"] = "number" };
            case "integer": return new JsonObject { ["type"] = "integer" };
            case "dateTime": return new JsonObject { ["type"] = "string", ["format"] = "date-time" };
            case "complex":
                var properties = new JsonObject();
                var required = new JsonArray();
                AddAttributes(attribute.SubAttributes, properties, required);
                return ObjectSchema(properties, required);
            default: return new JsonObject { ["type"] = "string" }; // string, binary, reference
        }
    }

    private static JsonObject MetaSchema() => ObjectSchema(new JsonObject
    {
        ["resourceType"] = new JsonObject { ["type"] = "string" },
        ["created"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        ["lastModified"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        ["location"] = new JsonObject { ["type"] = "string" },
        ["version"] = new JsonObject { ["type"] = "string" },
    }, []);

    private static JsonObject ObjectSchema(JsonObject properties, JsonArray required)
    {
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0) schema["required"] = required;
        return schema;
    }

    private static JsonArray Distinct(JsonArray names) =>
        new(names.Select(n => n!.GetValue<string>()).Distinct(StringComparer.Ordinal).Select(n => (JsonNode)JsonValue.Create(n)).ToArray());
}
