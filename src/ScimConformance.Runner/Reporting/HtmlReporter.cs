using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// report.html: one self-contained page (inline style and script, no external URL) for people. The run
/// model travels as JSON in a script-safe data element; bodies over 64 KB are cut for the page only.
/// </summary>
public sealed class HtmlReporter : IReporter
{
    public const int MaxBodyChars = 64 * 1024;

    public string FileName => "report.html";

    public string Render(RunResult result)
    {
        var data = JsonSerializer.SerializeToNode(result, ReportJson.Compact)!.AsObject();
        foreach (var test in data["tests"]?.AsArray() ?? [])
            foreach (var exchange in test?["exchanges"]?.AsArray() ?? [])
                if (exchange is JsonObject x)
                {
                    CutBody(x, "requestBody");
                    CutBody(x, "responseBody");
                }
        return HtmlTemplate.Fill(ScriptSafeJson.Escape(data.ToJsonString(ReportJson.Compact)));
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
