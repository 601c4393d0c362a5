using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer.Schema;

/// <summary>The schemas and resource types this server serves, read from the embedded discovery documents.</summary>
internal sealed class SchemaRegistry
{
    /// <param name="userAttributes">The core User attributes to declare and accept; null for all of them.</param>
    public SchemaRegistry(IReadOnlyCollection<string>? userAttributes = null)
    {
        SchemaDocuments = EmbeddedJson.Read("schemas.json").AsArray();
        if (userAttributes is not null)
        {
            var user = SchemaDocuments.OfType<JsonObject>().First(d => (string?)d["id"] == ScimUrns.User)["attributes"]!.AsArray();
            foreach (var undeclared in user.OfType<JsonObject>().Where(a => !userAttributes.Contains((string)a["name"]!, StringComparer.OrdinalIgnoreCase)).ToArray())
            {
                user.Remove(undeclared);
            }
        }

        var schemas = SchemaDocuments.Select(d => Parse(d!.AsObject())).ToDictionary(s => s.Id);
        User = new ResourceKind("User", "/Users", schemas[ScimUrns.User], [schemas[ScimUrns.EnterpriseUser], schemas[ReferenceExtension.UserUrn]]);
        Group = new ResourceKind("Group", "/Groups", schemas[ScimUrns.Group], [schemas[ReferenceExtension.GroupUrn]]);
    }

    public JsonArray SchemaDocuments { get; }
    public ResourceKind User { get; }
    public ResourceKind Group { get; }
    public IReadOnlyList<ResourceKind> Kinds => [User, Group];

    public ResourceKind KindNamed(string name) => name == User.Name ? User : Group;

    private static ResourceSchema Parse(JsonObject document)
    {
        var id = (string)document["id"]!;
        return new ResourceSchema(id, (string)document["name"]!, document["attributes"]!.AsArray().Select(a => ParseAttribute(a!.AsObject(), id + ":")).ToArray());
    }

    /// <param name="prefix">The full path up to this attribute's name: "urn:...:" for a top-level one, "urn:...:parent." for a sub-attribute.</param>
    private static SchemaAttribute ParseAttribute(JsonObject a, string prefix)
    {
        var name = (string)a["name"]!;
        return new SchemaAttribute(
            name,
            (string)a["type"]!,
            (bool?)a["multiValued"] ?? false,
            (bool?)a["required"] ?? false,
            (bool?)a["caseExact"] ?? false,
            (string?)a["mutability"] ?? "readWrite",
            (string?)a["returned"] ?? "default",
            a["subAttributes"]?.AsArray().Select(s => ParseAttribute(s!.AsObject(), prefix + name + ".")).ToArray() ?? [])
        {
            Uniqueness = (string?)a["uniqueness"] ?? "none",
            CanonicalValues = a["canonicalValues"]?.AsArray().Select(v => (string)v!).ToArray() ?? [],
            CanonicalValuesEnforced = ReferenceExtension.EnforcedCanonicalValues.Contains(prefix + name),
        };
    }
}
