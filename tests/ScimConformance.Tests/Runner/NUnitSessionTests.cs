using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Selection;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

/// <summary>Runs the compiled sample suite through the runner's NUnit host and checks what the model says.</summary>
[TestFixture]
[NonParallelizable]
public sealed class NUnitSessionTests
{
    private static readonly Dictionary<string, string> Parameters = new() { ["baseUrl"] = "http://127.0.0.1:9/scim/v2" };
    private IReadOnlyDictionary<string, TestOutcome> _outcomes = null!;
    private RecordingObserver _observer = null!;
    private bool _completed;

    [OneTimeSetUp]
    public async Task RunSampleSuiteOnce()
    {
        _observer = new RecordingObserver();
        var collector = new OutcomeCollector(SampleSuite.Journal, _observer);
        _completed = await NUnitSession.RunAsync([SampleSuite.Assembly], TestSelection.All, Parameters, collector, CancellationToken.None);
        _outcomes = collector.Outcomes.ToDictionary(o => o.Check.Id);
    }

    [Test]
    public void Every_check_gets_the_outcome_its_nunit_result_means()
    {
        Assert.That(_completed, Is.True);
        var outcomes = _outcomes.ToDictionary(o => o.Key, o => o.Value.Outcome);
        Assert.That(outcomes, Is.EquivalentTo(new Dictionary<string, Outcome>
        {
            ["SMP-001"] = Outcome.Pass,
            ["SMP-002"] = Outcome.Fail,
            ["SMP-003"] = Outcome.Warn,
            ["SMP-004"] = Outcome.Skip,
            ["SMP-005"] = Outcome.Error,
            ["SMP-006"] = Outcome.Error,
            ["SMP-101"] = Outcome.Error,
            ["SMP-201"] = Outcome.Pass,
        }), string.Join("\n", _outcomes.Values.Select(o => $"{o.Check.Id} {o.Outcome} {o.Message}")));
    }

    [Test]
    public void Messages_carry_the_reason()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_outcomes["SMP-002"].Message, Does.Contain("expected 201, got 200"));
            Assert.That(_outcomes["SMP-004"].Message, Does.Contain("does not advertise 'patch'"));
            Assert.That(_outcomes["SMP-005"].Message, Does.StartWith("Harness could not decide").And.Contain("connection refused"));
            Assert.That(_outcomes["SMP-101"].Message, Does.Contain("fixture set-up asserted"));
        });
    }

    [Test]
    public void Metadata_travels_from_the_attribute_into_the_model()
    {
        var failing = _outcomes["SMP-002"];
        Assert.Multiple(() =>
        {
            Assert.That(failing.Check.Title, Is.EqualTo("fails an assertion"));
            Assert.That(failing.Check.Area, Is.EqualTo("Sample"));
            Assert.That(failing.Check.Severity, Is.EqualTo(global::ScimConformance.Authoring.Severity.High));
            Assert.That(failing.Check.Requirements, Is.EqualTo(new[] { "R7644-3.3-01" }));
            Assert.That(failing.Check.Remediation, Is.EqualTo("fix it"));
            Assert.That(failing.Check.FullName, Does.Contain("Outcomes.Fails"));
        });
    }

    [Test]
    public void Each_check_gets_the_exchanges_it_made_and_only_those()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_outcomes["SMP-001"].Exchanges.Select(x => x.Url), Is.EqualTo(new[] { "http://127.0.0.1/scim/v2/Users" }));
            Assert.That(_outcomes["SMP-002"].Exchanges.Select(x => x.Url), Is.EqualTo(new[] { "http://127.0.0.1/scim/v2/Users/1" }));
            Assert.That(_outcomes["SMP-003"].Exchanges, Is.Empty);
        });
    }

    [Test]
    public void Ordinary_nunit_tests_stay_out_of_the_model_and_progress_streams_every_check()
    {
        Assert.That(_outcomes.Values.Select(o => o.Check.FullName), Has.None.Contains("Ordinary_nunit_test"));
        Assert.That(_observer.Finished.OrderBy(x => x, StringComparer.Ordinal), Is.EqualTo(_outcomes.Keys.OrderBy(x => x, StringComparer.Ordinal)));
    }

    [Test]
    public void Test_parameters_reach_the_fixtures() => Assert.That(_outcomes["SMP-201"].Outcome, Is.EqualTo(Outcome.Pass), _outcomes["SMP-201"].Message);

    [TestCase(new[] { "SMP-00?" }, new string[0], new[] { "SMP-001", "SMP-002", "SMP-003", "SMP-004", "SMP-005", "SMP-006" })]
    [TestCase(new[] { "area:Broken" }, new string[0], new[] { "SMP-101" })]
    [TestCase(new[] { "severity:high" }, new string[0], new[] { "SMP-002", "SMP-101" })]
    [TestCase(new string[0], new[] { "area:Sample", "SMP-101" }, new string[0])]
    [TestCase(new[] { "smp-2*,SMP-001" }, new string[0], new[] { "SMP-001", "SMP-201" })]
    [TestCase(new[] { "category:Broken" }, new[] { "requirement:R7644-*" }, new string[0])]
    public void Selection_picks_checks_by_id_glob_area_severity_and_requirement(string[] include, string[] exclude, string[] expected)
    {
        var listed = NUnitSession.Explore([SampleSuite.Assembly], new TestSelection(include, exclude)).Select(t => t.Id);
        Assert.That(listed, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task A_selection_runs_only_the_selected_checks()
    {
        var collector = new OutcomeCollector(SampleSuite.Journal);
        await NUnitSession.RunAsync([SampleSuite.Assembly], new TestSelection(["SMP-003"], null), Parameters, collector, CancellationToken.None);
        Assert.That(collector.Outcomes.Select(o => o.Check.Id), Is.EqualTo(new[] { "SMP-003" }));
    }

    [Test]
    public void An_unknown_selection_kind_is_a_configuration_error() =>
        Assert.Throws<global::ScimConformance.Core.Configuration.ConfigurationException>(() => _ = new TestSelection(["colour:red"], null));

    [Test]
    public async Task A_cancelled_run_reports_that_it_did_not_complete()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var collector = new OutcomeCollector(SampleSuite.Journal);
        var completed = await NUnitSession.RunAsync([SampleSuite.Assembly], TestSelection.All, Parameters, collector, cts.Token);
        Assert.That(completed, Is.False);
    }

    private sealed class RecordingObserver : IRunObserver
    {
        public List<string> Finished { get; } = [];

        public void RunStarted(RunHeader header) { }

        public void TestStarted(CheckInfo check) { }

        public void TestFinished(TestOutcome outcome)
        {
            lock (Finished) Finished.Add(outcome.Check.Id);
        }
    }
}
