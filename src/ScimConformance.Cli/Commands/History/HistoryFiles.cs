using System.Text.Json;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.History;

namespace ScimConformance.Cli.Commands.History;

/// <summary>Finds and reads the results.json of each run given to `scimconf history`; anything missing or unreadable is a configuration error.</summary>
public static class HistoryFiles
{
    /// <summary>The results.json a run argument names: the file itself, or the one inside the folder.</summary>
    public static string ResultsPath(string run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (Directory.Exists(run))
        {
            var inside = Path.Combine(run, "results.json");
            return File.Exists(inside)
                ? inside
                : throw new ConfigurationException($"Run folder '{run}' holds no results.json; pass the --out folder of a run (or its results.json).");
        }
        return File.Exists(run)
            ? run
            : throw new ConfigurationException($"'{run}' does not exist; pass the --out folder of a run (or its results.json).");
    }

    /// <summary>Each run's trend point with its file, oldest first; two files of the same run are an error.</summary>
    public static IReadOnlyList<(string Path, RunTrendPoint Point)> Read(IEnumerable<string> runs)
    {
        var points = runs.Select(ResultsPath).Select(path => (Path: path, Point: PointOf(path))).ToList();
        var twice = points.GroupBy(p => p.Point.RunId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new ConfigurationException($"Run {twice.Key} is given twice ({string.Join(", ", twice.Select(p => p.Path))}); pass each run once.");
        return points.OrderBy(p => p.Point.StartedAt).ThenBy(p => p.Point.RunId, StringComparer.Ordinal).ToArray();
    }

    private static RunTrendPoint PointOf(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return RunTrendPoint.Of(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"'{path}' is not a scimconf results.json: {e.Message}");
        }
        catch (IOException e)
        {
            throw new ConfigurationException($"'{path}' cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ConfigurationException($"'{path}' cannot be read: {e.Message}");
        }
    }
}
