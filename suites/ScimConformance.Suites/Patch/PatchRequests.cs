using System.Text.Json.Nodes;
using ScimConformance.Core;

namespace ScimConformance.Suites.Patch;

/// <summary>Builds PatchOp messages (RFC 7644 §3.5.2) the way identity providers send them.</summary>
public static class PatchRequests
{
    public static JsonObject Of(params JsonObject[] operations) => new()
    {
        ["schemas"] = new JsonArray(ScimUris.PatchOp),
        ["Operations"] = new JsonArray(operations.Select(o => (JsonNode)o).ToArray()),
    };

    public static JsonObject Op(string op, string? path, JsonNode? value = null)
    {
        var operation = new JsonObject { ["op"] = op };
        if (path is not null) operation["path"] = path;
        if (value is not null) operation["value"] = value;
        return operation;
    }

    public static JsonObject Add(string? path, JsonNode value) => Of(Op("add", path, value));

    public static JsonObject Replace(string? path, JsonNode value) => Of(Op("replace", path, value));

    public static JsonObject Remove(string path) => Of(Op("remove", path));

    public static JsonObject Email(string value, string type, bool? primary = null)
    {
        var email = new JsonObject { ["value"] = value, ["type"] = type };
        if (primary is { } p) email["primary"] = p;
        return email;
    }

    public static string Enterprise(string attribute) => ScimUris.EnterpriseUser + ":" + attribute;
}
