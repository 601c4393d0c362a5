using System.Text.Json;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Runner.MutationScore;

/// <summary>mutation-score.json: the score in the same JSON conventions as results.json (camelCase).</summary>
public static class MutationScoreFile
{
    public const string FileName = "mutation-score.json";

    public static string Serialize(MutationScoreResult score) => JsonSerializer.Serialize(score, ReportJson.Options);

    public static MutationScoreResult Deserialize(string json) =>
        JsonSerializer.Deserialize<MutationScoreResult>(json, ReportJson.Options) ?? throw new JsonException("mutation-score.json holds no score.");

    public static string Write(MutationScoreResult score, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, Serialize(score));
        return path;
    }

    public static MutationScoreResult Read(string path) => Deserialize(File.ReadAllText(path));
}
