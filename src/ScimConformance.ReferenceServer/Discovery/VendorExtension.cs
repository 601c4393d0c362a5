using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Discovery;

/// <summary>
/// The vendor extension of the <see cref="BenignVariations.ExtraUnknownAttributes"/> variation, declared the way
/// RFC 7643 sections 3.3, 6 and 7 ask: an optional schemaExtension of every resource type and a schema in /Schemas. Its
/// attributes are returned "always": the server adds them to every representation, whatever a projection asks.
/// </summary>
internal static class VendorExtension
{
    public static (JsonArray ResourceTypes, JsonArray Schemas) Declare(JsonArray resourceTypes, JsonArray schemas)
    {
        var types = resourceTypes.DeepClone().AsArray();
        foreach (var type in types.OfType<JsonObject>())
        {
            if (type["schemaExtensions"] is not JsonArray extensions)
            {
                extensions = [];
                type["schemaExtensions"] = extensions;
            }

            extensions.Add(new JsonObject { ["schema"] = BenignVariations.VendorExtensionUrn, ["required"] = false });
        }

        var all = schemas.DeepClone().AsArray();
        all.Add(new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Schema"),
            ["id"] = BenignVariations.VendorExtensionUrn,
            ["name"] = "Tenant",
            ["description"] = "Where the provider keeps the resource (read-only, set by the provider).",
            ["attributes"] = new JsonArray(Attribute("tier"), Attribute("region")),
            ["meta"] = new JsonObject { ["resourceType"] = "Schema", ["location"] = "/Schemas/" + BenignVariations.VendorExtensionUrn },
        });
        return (types, all);
    }

    private static JsonObject Attribute(string name) => new()
    {
        ["name"] = name,
        ["type"] = "string",
        ["multiValued"] = false,
        ["description"] = "Provider-assigned " + name + ".",
        ["required"] = false,
        ["caseExact"] = false,
        ["mutability"] = "readOnly",
        ["returned"] = "always",
        ["uniqueness"] = "none",
    };
}
