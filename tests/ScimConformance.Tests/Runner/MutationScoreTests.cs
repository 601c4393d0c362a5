using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.MutationScore;

namespace ScimConformance.Tests.Runner;

/// <summary>The mutation score judges each switch strictly: exactly the named checks fail for a defect, nothing for a benign variation.</summary>
[TestFixture]
public sealed class MutationScoreTests
{
    private static readonly SwitchSpec Defect = new("no-location-header", false, ["USR-002", "USR-003"]);
    private static readonly SwitchSpec Benign = new("patch-returns-204", true, []);

    private static string[] One(string id) => [id];

    private static RunResult Run(params (string Id, Outcome Outcome)[] tests) => new()
    {
        HarnessVersion = "1.0.0",
        RunId = "r1",
        Target = new TargetInfo("http://127.0.0.1:1/scim/v2", "bearer"),
        Tests = tests.Select(t => new TestOutcome { Check = new CheckInfo { Id = t.Id, Title = t.Id, Area = "Users", FullName = "S." + t.Id }, Outcome = t.Outcome }).ToArray(),
    };

    [Test]
    public void Defect_is_caught_when_exactly_its_named_checks_fail()
    {
        var verdict = MutationScorer.Judge(Defect, Run(("USR-002", Outcome.Fail), ("USR-003", Outcome.Fail), ("USR-004", Outcome.Pass), ("USR-005", Outcome.Warn)));
        Assert.That(verdict.Right, Is.True);
    }

    [Test]
    public void Defect_with_a_named_check_passing_is_missed()
    {
        var verdict = MutationScorer.Judge(Defect, Run(("USR-002", Outcome.Fail), ("USR-003", Outcome.Pass)));
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Right, Is.False);
            Assert.That(verdict.Missed, Is.EqualTo(One("USR-003")));
        });
    }

    [Test]
    public void Defect_that_also_fails_an_unnamed_check_is_not_caught()
    {
        var verdict = MutationScorer.Judge(Defect, Run(("USR-002", Outcome.Fail), ("USR-003", Outcome.Fail), ("GRP-001", Outcome.Fail)));
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Right, Is.False);
            Assert.That(verdict.Unexpected, Is.EqualTo(One("GRP-001")));
        });
    }

    [Test]
    public void An_error_spoils_a_defect_and_a_benign_switch_alike()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MutationScorer.Judge(Defect, Run(("USR-002", Outcome.Fail), ("USR-003", Outcome.Fail), ("QRY-001", Outcome.Error))).Errored, Is.EqualTo(One("QRY-001")));
            Assert.That(MutationScorer.Judge(Benign, Run(("QRY-001", Outcome.Error))).Right, Is.False);
        });
    }

    [Test]
    public void Benign_switch_is_clean_with_warnings_and_skips_but_not_with_a_failure()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MutationScorer.Judge(Benign, Run(("USR-001", Outcome.Pass), ("USR-002", Outcome.Warn), ("USR-003", Outcome.Skip))).Right, Is.True);
            Assert.That(MutationScorer.Judge(Benign, Run(("USR-001", Outcome.Fail))).Unexpected, Is.EqualTo(One("USR-001")));
        });
    }

    [Test]
    public void A_missing_or_interrupted_run_counts_as_not_caught()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MutationScorer.Judge(Defect, null).Right, Is.False);
            Assert.That(MutationScorer.Judge(Defect, Run(("USR-002", Outcome.Fail), ("USR-003", Outcome.Fail)) with { Interrupted = true }).Problem, Does.Contain("interrupted"));
        });
    }

    [Test]
    public void Score_adds_up_defects_caught_and_false_failures()
    {
        var score = MutationScoreResult.Of(
        [
            MutationScorer.Judge(Defect, Run(("USR-002", Outcome.Fail), ("USR-003", Outcome.Fail))),
            MutationScorer.Judge(Defect with { Name = "d2" }, Run(("USR-002", Outcome.Fail))),
            MutationScorer.Judge(Defect with { Name = "d3" }, Run(("USR-002", Outcome.Fail), ("USR-003", Outcome.Fail))),
            MutationScorer.Judge(Benign, Run(("USR-001", Outcome.Pass))),
            MutationScorer.Judge(Benign with { Name = "b2" }, Run(("USR-001", Outcome.Fail))),
        ]);
        Assert.Multiple(() =>
        {
            Assert.That((score.Defects, score.Caught, score.BenignVariations, score.FalseFailures), Is.EqualTo((3, 2, 2, 1)));
            Assert.That(score.CaughtPercent, Is.EqualTo(66.7));
            Assert.That(score.Summary, Is.EqualTo("defects: 3, caught: 2 (66.7%), benign: 2, false failures: 1"));
        });
    }

    [Test]
    public void Score_of_a_runs_folder_reads_each_switch_results_json_and_round_trips_through_mutation_score_json()
    {
        var dir = Directory.CreateTempSubdirectory("scimconf-mutation-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, Defect.Name));
            File.WriteAllText(Path.Combine(dir, Defect.Name, "results.json"),
                global::ScimConformance.Runner.Reporting.ReportJson.Serialize(Run(("USR-002", Outcome.Fail), ("USR-003", Outcome.Fail))));
            var score = MutationScorer.ScoreDirectory([Defect, Benign], dir);
            var path = MutationScoreFile.Write(score, dir);
            var back = MutationScoreFile.Read(path);
            Assert.Multiple(() =>
            {
                Assert.That((score.Defects, score.Caught, score.FalseFailures), Is.EqualTo((1, 1, 1)), "the benign switch has no run, which is not clean");
                Assert.That(score.Switches.Single(s => s.Benign).Problem, Does.Contain("no results.json"));
                Assert.That(back.Summary, Is.EqualTo(score.Summary));
                Assert.That(back.Switches.Select(s => s.Name), Is.EqualTo(new[] { Defect.Name, Benign.Name }));
                Assert.That(File.ReadAllText(path), Does.Contain("\"falseFailures\": 1"));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
