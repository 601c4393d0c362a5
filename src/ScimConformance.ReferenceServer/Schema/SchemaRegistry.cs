using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer.Schema;

/// <summary>The schemas and resource types this server serves, read from the embedded discovery documents.</summary>
internal sealed class SchemaRegistry
{
    public SchemaRegistry()
    {
        SchemaDocuments = EmbeddedJson.Read("schemas.json").AsArray();
        var schemas = SchemaDocuments.Select(d => Parse(d!.AsObject())).ToDictionary(s => s.Id);
        User = new ResourceKind("User", "/Users", schemas[ScimUrns.User], [schemas[ScimUrns.EnterpriseUser]]);
        Group = new ResourceKind("Group", "/Groups", schemas[ScimUrns.Group], []);
    }

    public JsonArray SchemaDocuments { get; }
    public ResourceKind User { get; }
    public ResourceKind Group { get; }
    public IReadOnlyList<ResourceKind> Kinds => [User, Group];

    public ResourceKind KindNamed(string name) => name == User.Name ? User : Group;

    private static ResourceSchema Parse(JsonObject document) => new(
        (string)document["id"]!,
        (string)document["name"]!,
        document["attributes"]!.AsArray().Select(a => ParseAttribute(a!.AsObject())).ToArray());

    private static SchemaAttribute ParseAttribute(JsonObject a) => new(
        (string)a["name"]!,
        (string)a["type"]!,
        (bool?)a["multiValued"] ?? false,
        (bool?)a["required"] ?? false,
        (bool?)a["caseExact"] ?? false,
        (string?)a["mutability"] ?? "readWrite",
        (string?)a["returned"] ?? "default",
        a["subAttributes"]?.AsArray().Select(s => ParseAttribute(s!.AsObject())).ToArray() ?? []);
}
