using System.Text.Json.Nodes;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;
using ScimConformance.Tests.Runner;

namespace ScimConformance.Tests.Cli.History;

/// <summary>
/// Three nightly runs written as report folders (results.json each), one day apart: all passing, then a regression
/// (two checks fail), then one still failing. Only the last one records findings, as if the first two were written
/// by a scimconf from before findings.
/// </summary>
internal static class NightlyRuns
{
    public static readonly DateTimeOffset FirstNight = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the three runs under <paramref name="root"/> (night-1, night-2, night-3) and returns their folders, newest first.</summary>
    public static IReadOnlyList<string> Write(string root)
    {
        var template = SampleRuns.Hostile() with { Leftovers = [] };
        string Night(int n, Func<TestOutcome, int, Outcome> outcome, int? findings)
        {
            var tests = template.Tests.Select((t, i) => t with { Outcome = outcome(t, i) }).ToArray();
            var run = template with
            {
                RunId = "night" + n,
                StartedAt = FirstNight.AddDays(n - 1),
                Tests = tests,
                Counts = OutcomeCounts.Of(tests),
            };
            var folder = Path.Combine(root, "night-" + n);
            Directory.CreateDirectory(folder);
            var json = JsonNode.Parse(new JsonReporter().Render(run))!.AsObject();
            // The first two stand for files written before results.json recorded findings.
            if (findings is { } f) json["findings"] = new JsonArray(Enumerable.Range(0, f).Select(i => (JsonNode)new JsonObject { ["title"] = "finding " + i }).ToArray());
            else json.Remove("findings");
            File.WriteAllText(Path.Combine(folder, "results.json"), json.ToJsonString());
            return folder;
        }
        var passing = Night(1, (_, _) => Outcome.Pass, null);
        var regressed = Night(2, (t, i) => i < 2 ? Outcome.Fail : Outcome.Pass, null);
        var still = Night(3, (t, i) => i < 2 ? Outcome.Fail : i == 2 ? Outcome.Error : Outcome.Pass, 1);
        return [still, regressed, passing];
    }
}
