using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer;

/// <summary>
/// Defects that break a specific identity provider's provisioning (the request shapes of profiles/*.json):
/// each is a bug real SCIM servers have shipped, and each is caught by that provider's replay steps.
/// </summary>
public static class ProfileDefects
{
    public const string PatchOpCaseSensitive = "patch-op-case-sensitive";
    public const string StringBooleans500 = "string-booleans-500";
    public const string FilterPlusNotDecoded = "filter-plus-not-decoded";
    public const string PatchReadOnlyIdRejected = "patch-readonly-id-rejected";
    public const string StringFalseIsTruthy = "string-false-is-truthy";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(PatchOpCaseSensitive,
            "PATCH op names are matched case-sensitively, so Entra ID's capitalised \"Replace\"/\"Add\"/\"Remove\" are refused with 400 invalidSyntax.",
            ["ENT-011", "ENT-012", "ENT-013", "ENT-015", "ENT-017", "ENT-019", "ENT-025", "ENT-031", "ENT-033", "ENT-034"]),
        new(StringBooleans500,
            "A PATCH that sets active to a string (\"False\", as Entra ID sends by default) crashes the boolean conversion and answers 500.",
            ["ENT-017", "PAT-042", "PAT-043"]),
        new(FilterPlusNotDecoded,
            "The filter is read from the raw query string without turning '+' into a space, so Entra ID's filter=userName+eq+%22x%22 is refused with 400 invalidFilter.",
            ["ENT-001", "ENT-003", "ENT-004", "ENT-028"]),
        new(PatchReadOnlyIdRejected,
            "A PATCH without a path whose value repeats the resource's own id (as Okta's group rename does) is refused with 400 mutability.",
            ["OKT-025"]),
        new(StringFalseIsTruthy,
            "A PATCH that sets active to a string is read by truthiness, so Entra ID's \"False\" answers 200 and leaves the user active.",
            ["ENT-017", "PAT-042", "PAT-043"]),
    ];

    /// <summary>
    /// The filter as a server that percent-decodes the raw query string itself would read it: "%20" becomes a
    /// space, "+" stays a plus (the form-encoding convention Entra ID relies on is ignored).
    /// </summary>
    internal static string? RawFilter(string? queryString)
    {
        foreach (var pair in (queryString ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && Uri.UnescapeDataString(parts[0]).Equals("filter", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(parts[1]);
            }
        }

        return null;
    }

    /// <summary>The request-level behaviour of the PATCH defects, decided before the operations are parsed.</summary>
    internal static void CheckPatchRequest(JsonObject body, DefectSwitches defects)
    {
        var operations = body.Member("Operations") as JsonArray ?? [];
        foreach (var operation in operations.OfType<JsonObject>())
        {
            if (defects.IsOn(PatchOpCaseSensitive) && operation["op"] is JsonValue op && op.TryGetValue(out string? name)
                && name is not ("add" or "replace" or "remove"))
            {
                throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, $"Unsupported op \"{name}\".");
            }

            if (defects.IsOn(StringBooleans500) && SetsActiveToString(operation))
            {
                // The unguarded cast a buggy server makes; the error middleware answers it as a generic 500.
                throw new InvalidCastException("active must be a boolean.");
            }

            if (defects.IsOn(StringFalseIsTruthy) && SetsActiveToString(operation))
            {
                // Any non-empty string is true to the buggy server, "False" included.
                TruthyActive(operation);
            }
        }
    }

    private static void TruthyActive(JsonObject operation)
    {
        if (operation["value"] is JsonObject attributes)
        {
            foreach (var key in attributes.KeysNamed("active"))
            {
                attributes[key] = true;
            }
        }
        else
        {
            operation["value"] = true;
        }
    }

    private static bool SetsActiveToString(JsonObject operation)
    {
        var path = operation["path"] is JsonValue p && p.TryGetValue(out string? text) ? text : null;
        var value = operation["value"];
        if (path is not null)
        {
            return path.Equals("active", StringComparison.OrdinalIgnoreCase) && value?.GetValueKind() == JsonValueKind.String;
        }

        return value is JsonObject attributes
            && attributes.Member("active")?.GetValueKind() == JsonValueKind.String;
    }
}
