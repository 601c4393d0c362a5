using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Tests.Core.Filtering;

/// <summary>
/// A canned /Schemas document (User, the enterprise extension and a test extension that brings integer, decimal and
/// binary attributes) read by the real SchemaParser, and one User resource whose values the evaluator tests reason about.
/// </summary>
internal static class FilterFixture
{
    public const string User = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string Metrics = "urn:example:scim:schemas:extension:metrics:2.0:User";

    private const string SchemasJson = """
    [
      { "id": "urn:ietf:params:scim:schemas:core:2.0:User", "name": "User", "attributes": [
          { "name": "userName", "type": "string", "caseExact": false },
          { "name": "displayName", "type": "string" },
          { "name": "active", "type": "boolean" },
          { "name": "profileUrl", "type": "reference", "referenceTypes": ["external"] },
          { "name": "name", "type": "complex", "subAttributes": [
              { "name": "familyName", "type": "string" },
              { "name": "givenName", "type": "string" } ] },
          { "name": "emails", "type": "complex", "multiValued": true, "subAttributes": [
              { "name": "value", "type": "string" },
              { "name": "type", "type": "string", "canonicalValues": ["work", "home"] },
              { "name": "primary", "type": "boolean" } ] },
          { "name": "x509Certificates", "type": "complex", "multiValued": true, "subAttributes": [
              { "name": "value", "type": "binary" } ] },
          { "name": "nickNames", "type": "string", "multiValued": true, "caseExact": true }
      ] },
      { "id": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "name": "EnterpriseUser", "attributes": [
          { "name": "employeeNumber", "type": "string" },
          { "name": "manager", "type": "complex", "subAttributes": [
              { "name": "value", "type": "string", "caseExact": true },
              { "name": "displayName", "type": "string" } ] }
      ] },
      { "id": "urn:example:scim:schemas:extension:metrics:2.0:User", "name": "Metrics", "attributes": [
          { "name": "loginCount", "type": "integer" },
          { "name": "score", "type": "decimal" },
          { "name": "badge", "type": "string", "caseExact": true },
          { "name": "lastLogin", "type": "dateTime" },
          { "name": "avatar", "type": "binary" }
      ] }
    ]
    """;

    public const string ResourceJson = """
    {
      "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                  "urn:example:scim:schemas:extension:metrics:2.0:User"],
      "id": "2819c223-7f76-453a-919d-413861904646",
      "externalId": "Ext-701984",
      "userName": "Bjensen@Example.com",
      "displayName": "Babs \"B\" Jensen",
      "active": true,
      "profileUrl": "https://login.example.com/bjensen",
      "nickNames": ["Babs", "bj"],
      "name": { "familyName": "Jensen", "givenName": "Barbara" },
      "emails": [
        { "value": "bjensen@example.com", "type": "work", "primary": true },
        { "value": "babs@jensen.org", "type": "home" }
      ],
      "x509Certificates": [ { "value": "MIIDQzCCAqygAwIBAgICEAAw" } ],
      "title": "",
      "phoneNumbers": [],
      "addresses": [ {} ],
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
        "employeeNumber": "701984",
        "manager": { "value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith" }
      },
      "urn:example:scim:schemas:extension:metrics:2.0:User": {
        "loginCount": 42,
        "score": 3.75,
        "badge": "Gold",
        "lastLogin": "2024-05-01T12:00:00+02:00",
        "avatar": "QUJDRA=="
      },
      "meta": {
        "resourceType": "User",
        "created": "2010-01-23T04:56:22Z",
        "lastModified": "2011-05-13T04:42:34Z",
        "version": "W/\"3694e05e9dff591\""
      }
    }
    """;

    public static DiscoveryResult Discovery { get; } = BuildDiscovery();

    public static FilterEvaluator Evaluator { get; } = new(Discovery);

    public static JsonObject Resource() => JsonNode.Parse(ResourceJson)!.AsObject();

    public static bool Matches(string filter) => Evaluator.Matches(FilterParser.Parse(filter), Resource(), User);

    private static DiscoveryResult BuildDiscovery()
    {
        var problems = new List<string>();
        var schemas = JsonNode.Parse(SchemasJson)!.AsArray().Select(s => SchemaParser.Parse(s!.AsObject(), problems)).OfType<SchemaDefinition>().ToArray();
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("; ", problems));
        return new DiscoveryResult
        {
            Capabilities = new Capabilities { Filter = true },
            Schemas = schemas,
            ResourceTypes =
            [
                new ResourceTypeDefinition("User", "User", "/Users", User,
                    [new SchemaExtensionRef(Enterprise, false), new SchemaExtensionRef(Metrics, false)]),
            ],
        };
    }
}
