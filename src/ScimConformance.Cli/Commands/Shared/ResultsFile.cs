using System.Text.Json;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Cli.Commands.Shared;

/// <summary>Reads a run's results.json for the commands that work on finished runs (report, diff, merge, baseline).</summary>
public static class ResultsFile
{
    public static RunResult Read(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"Results file '{path}' does not exist; pass the results.json a run wrote.");
        try
        {
            var result = ReportJson.Deserialize(File.ReadAllText(path));
            if (result.Tests is null || result.Target is null) throw new JsonException("it has no tests or target.");
            return result;
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"'{path}' is not a scimconf results.json: {e.Message}");
        }
    }
}
