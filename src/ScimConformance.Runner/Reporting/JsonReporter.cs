using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// results.json: the whole run model, the canonical machine-readable record. Written without indentation: it is for
/// tools (jq pretty-prints it for a person), and the indentation alone was a fifth of its size.
/// </summary>
public sealed class JsonReporter : IReporter
{
    public string FileName => "results.json";

    public string Render(RunResult result) => ReportJson.Serialize(result, indented: false) + "\n";

    public void Write(RunResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        System.Text.Json.JsonSerializer.Serialize(output, result, ReportJson.Compact);
        output.WriteByte((byte)'\n');
    }
}
