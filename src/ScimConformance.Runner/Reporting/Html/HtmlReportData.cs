using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Catalog;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting.Html;

/// <summary>
/// The JSON the report page renders: the run model as results.json has it, with bodies over
/// <see cref="MaxBodyChars"/> cut (the page notes the cut), plus the requirement catalogue for the
/// coverage matrix and the requirement texts.
/// </summary>
public static class HtmlReportData
{
    public const int MaxBodyChars = 64 * 1024;

    public static JsonObject Build(RunResult result, RequirementCatalog catalogue)
    {
        var data = JsonSerializer.SerializeToNode(result, ReportJson.Compact)!.AsObject();
        foreach (var test in data["tests"]?.AsArray() ?? [])
            foreach (var exchange in test?["exchanges"]?.AsArray() ?? [])
                if (exchange is JsonObject x)
                {
                    CutBody(x, "requestBody");
                    CutBody(x, "responseBody");
                }
        data["catalogue"] = Catalogue(catalogue);
        return data;
    }

    private static JsonArray Catalogue(RequirementCatalog catalogue)
    {
        var rows = new JsonArray();
        foreach (var r in catalogue.All.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            rows.Add(new JsonObject
            {
                ["id"] = r.Id,
                ["source"] = r.Source,
                ["section"] = r.Section,
                ["level"] = r.Level,
                ["area"] = r.Area,
                ["testable"] = r.Testable,
                ["summary"] = r.Summary,
            });
        }
        return rows;
    }

    private static void CutBody(JsonObject exchange, string name)
    {
        if (exchange[name]?.GetValueKind() != JsonValueKind.String) return;
        var body = exchange[name]!.GetValue<string>();
        if (body.Length <= MaxBodyChars) return;
        var cut = MaxBodyChars;
        if (char.IsHighSurrogate(body[cut - 1])) cut--;
        exchange[name] = body[..cut];
        exchange[name + "Cut"] = body.Length;
    }
}
