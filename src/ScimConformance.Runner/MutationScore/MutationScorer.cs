using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.MutationScore;

/// <summary>Judges the run made against each switch and adds the verdicts up into a <see cref="MutationScoreResult"/>.</summary>
public static class MutationScorer
{
    /// <summary>The verdict of one switch from the run made with it on; a null run means none could be made.</summary>
    public static SwitchVerdict Judge(SwitchSpec spec, RunResult? run, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var expected = spec.Benign ? [] : spec.CaughtBy.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (run is null || run.Interrupted)
        {
            return new SwitchVerdict
            {
                Name = spec.Name,
                Benign = spec.Benign,
                Expected = expected,
                Missed = expected,
                Problem = problem ?? (run is null ? "no run" : "the run was interrupted"),
            };
        }

        // A baseline-accepted failure is still a failure of the check.
        var failed = run.Tests.Where(t => t.Outcome is Outcome.Fail or Outcome.Accepted).Select(t => t.Check.Id).ToHashSet(StringComparer.Ordinal);
        return new SwitchVerdict
        {
            Name = spec.Name,
            Benign = spec.Benign,
            Expected = expected,
            Missed = expected.Where(id => !failed.Contains(id)).ToArray(),
            Unexpected = failed.Where(id => !expected.Contains(id, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToArray(),
            Errored = run.Tests.Where(t => t.Outcome == Outcome.Error).Select(t => t.Check.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Problem = problem,
        };
    }

    /// <summary>Scores switches from the results.json each run left in <c>runsDirectory/&lt;switch name&gt;/</c>.</summary>
    public static MutationScoreResult ScoreDirectory(IEnumerable<SwitchSpec> switches, string runsDirectory)
    {
        ArgumentNullException.ThrowIfNull(switches);
        var verdicts = new List<SwitchVerdict>();
        foreach (var spec in switches)
        {
            var path = Path.Combine(runsDirectory, spec.Name, "results.json");
            if (!File.Exists(path))
            {
                verdicts.Add(Judge(spec, null, $"no results.json at {path}"));
                continue;
            }

            try
            {
                verdicts.Add(Judge(spec, Reporting.ReportJson.Deserialize(File.ReadAllText(path))));
            }
            catch (System.Text.Json.JsonException e)
            {
                verdicts.Add(Judge(spec, null, $"{path} is not a results.json: {e.Message}"));
            }
        }

        return MutationScoreResult.Of(verdicts);
    }
}
