using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>The one JSON shape of the run model: camelCase names, enums as camelCase strings.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>Compact form for embedding; relaxed escaping because the HTML reporter escapes what matters itself.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    public static string Serialize(RunResult result, bool indented = true) =>
        JsonSerializer.Serialize(result, indented ? Options : Compact);

    public static RunResult Deserialize(string json) =>
        JsonSerializer.Deserialize<RunResult>(json, Options) ?? throw new JsonException("results.json holds no run.");

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new TestOutcomeJson());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
