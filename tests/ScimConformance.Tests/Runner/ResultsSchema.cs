using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ScimConformance.Tests.Runner;

/// <summary>docs/results.schema.json (copied beside the tests by the project file), compiled with JsonSchema.Net.</summary>
internal static class ResultsSchema
{
    private static readonly Lazy<JsonSchema> Compiled = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Runner", "results.schema.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return JsonSchema.Build(document.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    public static string Text => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Runner", "results.schema.json"));

    /// <summary>Every violation as "instance pointer: keyword message"; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Violations(JsonNode document)
    {
        var results = Compiled.Value.Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (results.IsValid) return [];
        var violations = (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .ToList();
        return violations.Count > 0 ? violations : ["(invalid, no detail)"];
    }
}
