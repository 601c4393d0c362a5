namespace ScimConformance.Tests.Support;

/// <summary>Discovery documents of a small but complete SCIM service provider, as a stub serves them.</summary>
internal static class ScimDocuments
{
    public const string ServiceProviderConfig = """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
          "patch": {"supported": true},
          "bulk": {"supported": true, "maxOperations": 1000, "maxPayloadSize": 1048576},
          "filter": {"supported": true, "maxResults": 200},
          "changePassword": {"supported": false},
          "sort": {"supported": true},
          "etag": {"supported": false},
          "authenticationSchemes": [
            {"type": "oauthbearertoken", "name": "OAuth Bearer Token", "description": "RFC 6750", "primary": true}
          ]
        }
        """;

    public const string ResourceTypeArray = """
        [
          {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "User", "name": "User", "endpoint": "/Users",
            "schema": "urn:ietf:params:scim:schemas:core:2.0:User",
            "schemaExtensions": [{"schema": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "required": false}]
          },
          {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "Group", "name": "Group", "endpoint": "/Groups",
            "schema": "urn:ietf:params:scim:schemas:core:2.0:Group"
          }
        ]
        """;

    public const string SchemaArray = """
        [
          {
            "id": "urn:ietf:params:scim:schemas:core:2.0:User", "name": "User",
            "attributes": [
              {"name": "userName", "type": "string", "multiValued": false, "required": true, "caseExact": false, "mutability": "readWrite", "returned": "default", "uniqueness": "server"},
              {"name": "name", "type": "complex", "multiValued": false, "required": false,
               "subAttributes": [
                 {"name": "formatted", "type": "string"},
                 {"name": "familyName", "type": "string"},
                 {"name": "givenName", "type": "string"}
               ]},
              {"name": "displayName", "type": "string"},
              {"name": "title", "type": "string"},
              {"name": "active", "type": "boolean"},
              {"name": "password", "type": "string", "mutability": "writeOnly", "returned": "never"},
              {"name": "emails", "type": "complex", "multiValued": true,
               "subAttributes": [
                 {"name": "value", "type": "string"},
                 {"name": "type", "type": "string", "canonicalValues": ["work", "home", "other"]},
                 {"name": "primary", "type": "boolean"}
               ]},
              {"name": "phoneNumbers", "type": "complex", "multiValued": true,
               "subAttributes": [{"name": "value", "type": "string"}, {"name": "type", "type": "string"}]},
              {"name": "groups", "type": "complex", "multiValued": true, "mutability": "readOnly",
               "subAttributes": [{"name": "value", "type": "string"}, {"name": "$ref", "type": "reference", "referenceTypes": ["User", "Group"]}, {"name": "display", "type": "string"}]},
              {"name": "loginCount", "type": "integer", "mutability": "readOnly"},
              {"name": "lastLogin", "type": "dateTime", "mutability": "readOnly"}
            ]
          },
          {
            "id": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "name": "EnterpriseUser",
            "attributes": [
              {"name": "employeeNumber", "type": "string"},
              {"name": "costCenter", "type": "string"},
              {"name": "organization", "type": "string"},
              {"name": "department", "type": "string"},
              {"name": "manager", "type": "complex", "subAttributes": [{"name": "value", "type": "string"}, {"name": "displayName", "type": "string", "mutability": "readOnly"}]}
            ]
          },
          {
            "id": "urn:ietf:params:scim:schemas:core:2.0:Group", "name": "Group",
            "attributes": [
              {"name": "displayName", "type": "string", "required": true},
              {"name": "members", "type": "complex", "multiValued": true,
               "subAttributes": [{"name": "value", "type": "string", "mutability": "immutable"}, {"name": "$ref", "type": "reference"}, {"name": "type", "type": "string"}]}
            ]
          }
        ]
        """;

    public static string ListResponse(string array) =>
        $$"""{"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 3, "Resources": {{array}} }""";

    /// <summary>Routes for a stub at /scim/v2 that serves ListResponses (or bare arrays when asked).</summary>
    public static Dictionary<string, (int Status, string ContentType, string Body)> Routes(bool bareArrays = false) => new()
    {
        ["/scim/v2/ServiceProviderConfig"] = (200, "application/scim+json", ServiceProviderConfig),
        ["/scim/v2/ResourceTypes"] = (200, "application/scim+json", bareArrays ? ResourceTypeArray : ListResponse(ResourceTypeArray)),
        ["/scim/v2/Schemas"] = (200, "application/scim+json", bareArrays ? SchemaArray : ListResponse(SchemaArray)),
    };
}
