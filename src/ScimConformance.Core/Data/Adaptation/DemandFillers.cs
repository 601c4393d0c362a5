using System.Text.Json.Nodes;

namespace ScimConformance.Core.Data.Adaptation;

/// <summary>
/// Values the run can give an attribute a target demands (RFC 7643 §4.1 User attributes a server commonly requires),
/// derived from the resource's own name so that they stay unique and carry the run's prefix.
/// </summary>
internal static class DemandFillers
{
    private static readonly Dictionary<string, Func<string, JsonNode>> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["emails"] = name => new JsonArray(new JsonObject { ["value"] = $"{Local(name)}@example.com", ["type"] = "work", ["primary"] = true }),
        ["phoneNumbers"] = _ => new JsonArray(new JsonObject { ["value"] = "+1 555 0100", ["type"] = "work" }),
        ["name"] = name => new JsonObject { ["givenName"] = "Scim", ["familyName"] = Local(name), ["formatted"] = "Scim " + Local(name) },
        ["displayName"] = name => name,
        ["title"] = _ => "Engineer",
        ["externalId"] = name => name + "-ext",
    };

    /// <summary>The attributes a filler exists for, longest first (so "name" is not found inside "displayName" or "userName").</summary>
    public static IReadOnlyList<string> Names { get; } = Fillers.Keys.OrderByDescending(k => k.Length).ToArray();

    public static JsonNode Fill(string attribute, string resourceName) => Fillers[attribute](resourceName);

    private static string Local(string name)
    {
        var local = new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_').ToArray());
        return local.Length == 0 ? "user" : local;
    }
}
