using System.Globalization;
using System.Text.Json.Nodes;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// The catalogue rows a replayed step exercises, derived from what it sends: always PIDP-COMPAT-01
/// (the provider's shape is accepted), plus the RFC 7644 rows of the operation.
/// </summary>
public static class StepRequirements
{
    public const string Compatibility = "PIDP-COMPAT-01";
    public const string Deprovisioning = "PSEED-DEPROV-01";

    public static IReadOnlyList<string> Of(ProfileStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var ids = new List<string> { Compatibility };
        var path = step.Path ?? "";
        var isCollection = path.Count(c => c == '/') == 1;
        var query = step.QueryRaw ?? step.Query ?? "";
        switch (step.Method)
        {
            case "GET" when path.StartsWith("/ServiceProviderConfig", StringComparison.OrdinalIgnoreCase):
                ids.Add("R7644-4-01");
                break;
            case "GET" when path.StartsWith("/Schemas", StringComparison.OrdinalIgnoreCase):
                ids.Add("R7644-4-02");
                break;
            case "GET" when isCollection:
                ids.AddRange(["R7644-3.4.2-02", "R7644-3.4.2-03"]);
                if (query.Contains("filter", StringComparison.OrdinalIgnoreCase))
                    ids.AddRange(["R7644-3.4.2-07", "R7644-3.4.2.2-01", "R7644-3.4.2.2-02", "R7644-3.4.2.2-03"]);
                if (query.Contains("excludedAttributes", StringComparison.OrdinalIgnoreCase)) ids.Add("R7644-3.4.2.5-01");
                break;
            case "GET":
                ids.Add(step.ExpectedStatus.SequenceEqual([404]) ? "R7644-3.12-02" : "R7644-3.4.1-01");
                break;
            case "POST":
                ids.Add("R7644-3.3-03");
                if (step.ExpectedStatus.Contains(409)) ids.Add("R7644-3.3-07");
                break;
            case "PUT":
                ids.AddRange(["R7644-3.5-01", "R7644-3.5.1-02", "R7644-3.5.1-07"]);
                break;
            case "PATCH":
                ids.Add("R7644-3.5.2-10");
                foreach (var op in OpsOf(step.Body))
                {
                    ids.Add(op switch
                    {
                        "add" => "R7644-3.5.2.1-02",
                        "remove" => "R7644-3.5.2.2-03",
                        _ => "R7644-3.5.2.3-02",
                    });
                }
                if (OpsOf(step.Body).Count() > 1) ids.Add("R7644-3.5.2-06");
                break;
            case "DELETE":
                ids.Add("R7644-3.6-04");
                break;
        }
        if (step.Method is "PUT" or "PATCH" && IntendedActive.Of(step.Method, step.Body) is not null) ids.Add(Deprovisioning);
        return ids.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<string> OpsOf(JsonObject? body) =>
        (body?["Operations"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(o => ((string?)o["op"] ?? "").ToLower(CultureInfo.InvariantCulture));
}
