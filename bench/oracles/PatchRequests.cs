using System.Text.Json.Nodes;
using ScimConformance.Core;

namespace ScimConformance.Bench.Oracles;

/// <summary>The PatchOp messages the PATCH benchmarks send, each one shaped like a request the Patch suite or an identity provider makes.</summary>
public static class PatchRequests
{
    public static JsonObject ReplaceSimple() => Request(Op("replace", "displayName", "Barbara J."));

    public static JsonObject AddEmail() =>
        Request(Op("add", "emails", new JsonArray(new JsonObject { ["value"] = "alias@other.example", ["type"] = "other" })));

    public static JsonObject RemoveFiltered() => Request(Op("remove", "emails[type eq \"work\"]", null));

    public static JsonObject ReplaceWithoutPath() =>
        Request(Op("replace", null, new JsonObject
        {
            ["displayName"] = "Babs Jensen",
            ["nickName"] = "Babs",
            ["title"] = "Director",
            ["active"] = false,
            ["name.givenName"] = "Babs",
        }));

    /// <summary>Entra ID capitalises op names and addresses sub-attributes of the work e-mail through a value filter.</summary>
    public static JsonObject EntraCasing() =>
        Request(
            Op("Replace", "displayName", "Barbara Jensen"),
            Op("Add", "emails[type eq \"work\"].value", "bjensen@work.example"),
            Op("Replace", "active", false));

    /// <summary>A bulky sync: five kinds of operation, four rounds, so later operations see earlier results.</summary>
    public static JsonObject TwentyOperations()
    {
        var operations = new List<JsonObject>();
        for (var round = 0; round < 4; round++)
        {
            operations.Add(Op("replace", "displayName", $"Display {round}"));
            operations.Add(Op("add", "emails", new JsonArray(new JsonObject { ["value"] = $"alias{round}@other.example", ["type"] = "other" })));
            operations.Add(Op("replace", "name.familyName", $"Family {round}"));
            operations.Add(Op("replace", "emails[type eq \"work\"].value", $"work{round}@work.example"));
            operations.Add(Op("add", "title", $"Title {round}"));
        }
        return Request([.. operations]);
    }

    private static JsonObject Request(params JsonObject[] operations) => new()
    {
        ["schemas"] = new JsonArray(ScimUris.PatchOp),
        ["Operations"] = new JsonArray([.. operations]),
    };

    private static JsonObject Op(string op, string? path, JsonNode? value)
    {
        var operation = new JsonObject { ["op"] = op };
        if (path is not null) operation["path"] = path;
        if (value is not null) operation["value"] = value;
        return operation;
    }
}
