using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Browser;

/// <summary>
/// A SCIM endpoint (127.0.0.1, random port) that answers discovery minimally and fills every user
/// response, error detail and header with <see cref="Payloads"/>, so the run's report carries them.
/// </summary>
internal static class HostileScimServer
{
    public static Task<StubHttpServer> StartAsync() => StubHttpServer.StartAsync(AnswerAsync);

    private static async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        context.Response.Headers["X-Payload"] = Payloads.Image;
        context.Response.Headers["X-Script"] = Payloads.ScriptBreakout;
        context.Response.Headers["Link"] = "<" + Payloads.JavascriptUrl + ">; rel=next";
        if (path.EndsWith("/ServiceProviderConfig", StringComparison.Ordinal))
            await Json(context, 200, ServiceProviderConfig());
        else if (path.EndsWith("/ResourceTypes", StringComparison.Ordinal))
            await Json(context, 200, ListOf(UserResourceType()));
        else if (path.EndsWith("/Schemas", StringComparison.Ordinal))
            await Json(context, 200, ListOf(new JsonObject { ["id"] = "urn:ietf:params:scim:schemas:core:2.0:User", ["name"] = Payloads.Image, ["attributes"] = new JsonArray() }));
        // Refused filters put the payload into what the run says once about its scoping, not only into check evidence.
        else if (context.Request.Query.ContainsKey("filter"))
            await Error(context);
        else if (path.Contains("/Users", StringComparison.Ordinal) && context.Request.Method is "POST" or "GET" or "PUT" or "PATCH")
            await Json(context, context.Request.Method == "POST" ? 201 : 200, HostileUser(context));
        else
            await Error(context);
    }

    private static Task Error(HttpContext context) => Json(context, 400, new JsonObject
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:Error"),
        ["status"] = "400",
        ["scimType"] = Payloads.ScriptBreakout,
        ["detail"] = Payloads.Combined,
    });

    private static JsonObject HostileUser(HttpContext context) => new()
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:User"),
        ["id"] = Payloads.ScriptBreakout,
        ["userName"] = Payloads.Image,
        ["displayName"] = Payloads.Combined,
        ["profileUrl"] = Payloads.JavascriptUrl,
        ["meta"] = new JsonObject { ["resourceType"] = "User", ["location"] = Payloads.JavascriptUrl },
        ["path"] = context.Request.Path.Value,
    };

    private static JsonObject ServiceProviderConfig() => new()
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"),
        ["documentationUri"] = Payloads.JavascriptUrl,
        ["patch"] = new JsonObject { ["supported"] = true },
        ["bulk"] = new JsonObject { ["supported"] = false, ["maxOperations"] = 0, ["maxPayloadSize"] = 0 },
        ["filter"] = new JsonObject { ["supported"] = true, ["maxResults"] = 100 },
        ["changePassword"] = new JsonObject { ["supported"] = false },
        ["sort"] = new JsonObject { ["supported"] = false },
        ["etag"] = new JsonObject { ["supported"] = false },
        ["authenticationSchemes"] = new JsonArray(new JsonObject { ["type"] = "oauthbearertoken", ["name"] = Payloads.Image, ["description"] = Payloads.ScriptBreakout }),
    };

    private static JsonObject UserResourceType() => new()
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:ResourceType"),
        ["id"] = "User",
        ["name"] = "User",
        ["endpoint"] = "/Users",
        ["schema"] = "urn:ietf:params:scim:schemas:core:2.0:User",
    };

    private static JsonObject ListOf(JsonObject item) => new()
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:ListResponse"),
        ["totalResults"] = 1,
        ["Resources"] = new JsonArray(item),
    };

    private static Task Json(HttpContext context, int status, JsonObject body) =>
        StubHttpServer.Respond(context, status, "application/scim+json", body.ToJsonString());
}
