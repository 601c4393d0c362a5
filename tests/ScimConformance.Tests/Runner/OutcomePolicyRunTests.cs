using NUnit.Framework;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Runner;

/// <summary>The one outcome policy, run through NUnit: two checks given byte-identical answers in the same role end the same.</summary>
[TestFixture]
[NonParallelizable]
public sealed class OutcomePolicyRunTests
{
    private Dictionary<string, TestOutcome> _outcomes = null!;

    [OneTimeSetUp]
    public async Task RunVerdictSuiteOnce()
    {
        _outcomes = await SampleSuite.OutcomesOfAsync(SampleSuite.Verdicts);
    }

    [TestCase("VRD-001", "VRD-002", Outcome.Fail)]
    [TestCase("VRD-003", "VRD-004", Outcome.Skip)]
    [TestCase("VRD-005", "VRD-006", Outcome.Error)]
    public void Byte_identical_answers_end_the_same(string one, string other, Outcome expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(_outcomes[one].Outcome, Is.EqualTo(expected), _outcomes[one].Message);
            Assert.That(_outcomes[other].Outcome, Is.EqualTo(expected), _outcomes[other].Message);
        });
    }

    [Test]
    public void A_should_level_refusal_warns_and_ends_the_check() =>
        Assert.That(_outcomes["VRD-007"].Outcome, Is.EqualTo(Outcome.Warn), _outcomes["VRD-007"].Message);

    [Test]
    public void An_absent_optional_endpoint_skips_with_the_reason() =>
        Assert.That(_outcomes["VRD-003"].Message, Does.StartWith("Skipped: POST /Users/.search answered 405"));

    [TestCase("VRD-008")]
    [TestCase("VRD-009")]
    public void No_answer_and_harness_bugs_are_errors_without_dotnet_exception_names(string id)
    {
        var outcome = _outcomes[id];
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Outcome, Is.EqualTo(Outcome.Error), outcome.Message);
            Assert.That(outcome.Message, Does.StartWith(OutcomeMapper.CouldNotDecide));
            Assert.That(MessageHygiene.Violations(outcome.Message), Is.Empty, outcome.Message);
        });
    }
}
