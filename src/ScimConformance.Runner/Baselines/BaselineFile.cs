using System.Text;
using System.Text.Json;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Runner.Baselines;

/// <summary>Reads, writes and creates baseline.json (same JSON conventions as results.json).</summary>
public static class BaselineFile
{
    /// <summary>Throws <see cref="ConfigurationException"/> when the file is missing or not a baseline.</summary>
    public static Baseline Read(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"Baseline file '{path}' does not exist; create one with `scimconf baseline create --from results.json --out {Path.GetFileName(path)}`.");
        return Parse(File.ReadAllText(path), path);
    }

    public static Baseline Parse(string json, string source = "baseline")
    {
        Baseline? baseline;
        try
        {
            baseline = JsonSerializer.Deserialize<Baseline>(json, ReportJson.Options);
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"'{source}' is not a baseline JSON file: {e.Message}");
        }
        if (baseline is null || baseline.Accepted.Any(a => string.IsNullOrWhiteSpace(a?.Id)))
            throw new ConfigurationException($"'{source}' is not a baseline: it needs an 'accepted' array of {{\"id\": ...}} entries.");
        // A newer format may mean something this version would misread (an entry accepting more than it says): refuse it.
        if (baseline.SchemaVersion != Baseline.CurrentSchemaVersion)
            throw new ConfigurationException($"'{source}' has schemaVersion '{baseline.SchemaVersion}'; this scimconf reads baselines of version {Baseline.CurrentSchemaVersion}. Use the scimconf that wrote it, or create the baseline again with `scimconf baseline create`.");
        return baseline;
    }

    public static string Serialize(Baseline baseline) => JsonSerializer.Serialize(baseline, ReportJson.Options) + "\n";

    public static void Write(Baseline baseline, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllText(path, Serialize(baseline), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>A baseline accepting every failure of the run (accepted ones stay accepted); errors are left out, they are not the endpoint's fault.</summary>
    public static Baseline FromRun(RunResult result, DateTimeOffset createdAt) => new()
    {
        CreatedAt = createdAt,
        Accepted = result.Tests
            .Where(t => t.Outcome is Outcome.Fail or Outcome.Accepted)
            .OrderBy(t => t.Check.Id, StringComparer.Ordinal)
            .Select(t => new BaselineEntry(t.Check.Id, FirstLine(t.Message)))
            .ToArray(),
    };

    /// <summary>The baseline without the entries whose checks now pass (or warn) in <paramref name="result"/>, and those entries.</summary>
    public static (Baseline Kept, IReadOnlyList<BaselineEntry> Removed) Prune(Baseline baseline, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(result);
        var passing = BaselineApplier.Apply(result, baseline).BaselineRemovable.ToHashSet(StringComparer.Ordinal);
        var removed = baseline.Accepted.Where(a => passing.Contains(a.Id)).ToArray();
        return (baseline with { Accepted = baseline.Accepted.Where(a => !passing.Contains(a.Id)).ToArray() }, removed);
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
