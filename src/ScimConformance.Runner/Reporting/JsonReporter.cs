using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>results.json: the whole run model, the canonical machine-readable record.</summary>
public sealed class JsonReporter : IReporter
{
    public string FileName => "results.json";

    public string Render(RunResult result) => ReportJson.Serialize(result) + "\n";

    public void Write(RunResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        System.Text.Json.JsonSerializer.Serialize(output, result, ReportJson.Options);
        output.WriteByte((byte)'\n');
    }
}
