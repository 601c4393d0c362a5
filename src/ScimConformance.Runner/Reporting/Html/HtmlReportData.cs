using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Catalog;
using ScimConformance.Runner.History;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting.Html;

/// <summary>
/// The JSON the report page renders: the run model as results.json has it, with bodies over
/// <see cref="MaxBodyChars"/> cut (the page notes the cut) and passing checks' thinned exchanges counted rather than
/// carried (see <see cref="ReportJson.Page"/>), plus the requirement catalogue (with each row's link) for the coverage matrix and the
/// requirement texts, the link of each CWE the checks map to, and the earlier runs of a trend (`scimconf history`), oldest first.
/// </summary>
public static class HtmlReportData
{
    public const int MaxBodyChars = 64 * 1024;

    /// <summary>The page's data as compact JSON text.</summary>
    public static string BuildJson(RunResult result, RequirementCatalog catalogue, IReadOnlyList<RunTrendPoint>? history = null)
    {
        using var data = BuildUtf8(result, catalogue, history);
        return System.Text.Encoding.UTF8.GetString(data.GetBuffer(), 0, (int)data.Length);
    }

    /// <summary>The page's data as compact UTF-8 JSON in a buffer (its length is the data's).</summary>
    public static MemoryStream BuildUtf8(RunResult result, RequirementCatalog catalogue, IReadOnlyList<RunTrendPoint>? history = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new MemoryStream();
        // Bodies are cut to 64 KiB when captured, so a fresh run needs no cut here and is serialised straight from the
        // model: a node tree of the whole run cost more memory than the rest of the run. Only an older results.json
        // re-rendered by `report` takes the node path that cuts and notes the cut.
        if (result.Tests.SelectMany(t => t.Exchanges).Any(x => x.RequestBody?.Length > MaxBodyChars || x.ResponseBody?.Length > MaxBodyChars))
        {
            buffer.Write(System.Text.Encoding.UTF8.GetBytes(Build(result, catalogue, history).ToJsonString(ReportJson.Compact)));
            return buffer;
        }
        // The run, then the catalogue spliced in before its closing brace.
        JsonSerializer.Serialize(buffer, result, ReportJson.Page);
        buffer.SetLength(buffer.Length - 1);
        buffer.Write(System.Text.Encoding.UTF8.GetBytes(",\"catalogue\":" + Catalogue(catalogue).ToJsonString(ReportJson.Compact)
            + ",\"weaknessLinks\":" + WeaknessLinks(result).ToJsonString(ReportJson.Compact)
            + ",\"history\":" + JsonSerializer.Serialize(history ?? [], ReportJson.Compact) + "}"));
        return buffer;
    }

    public static JsonObject Build(RunResult result, RequirementCatalog catalogue, IReadOnlyList<RunTrendPoint>? history = null)
    {
        var data = JsonSerializer.SerializeToNode(result, ReportJson.Page)!.AsObject();
        foreach (var test in data["tests"]?.AsArray() ?? [])
            foreach (var exchange in test?["exchanges"]?.AsArray() ?? [])
                if (exchange is JsonObject x)
                {
                    CutBody(x, "requestBody");
                    CutBody(x, "responseBody");
                }
        data["catalogue"] = Catalogue(catalogue);
        data["weaknessLinks"] = WeaknessLinks(result);
        data["history"] = JsonSerializer.SerializeToNode(history ?? [], ReportJson.Compact);
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
                ["url"] = RequirementLink.For(r)?.ToString(),
            });
        }
        return rows;
    }

    /// <summary>The page of each CWE the run's checks map to, so the page links them without building URLs itself.</summary>
    private static JsonObject WeaknessLinks(RunResult result)
    {
        var links = new JsonObject();
        foreach (var cwe in result.Tests.Select(t => t.Check.Cwe).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            if (WeaknessLink.For(cwe) is { } url) links[cwe] = url.ToString();
        return links;
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
