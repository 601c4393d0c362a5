using NUnit.Framework;
using ScimConformance.Runner.Model;

namespace ScimConformance.Tests.Runner;

/// <summary>Verify.About reaches the outcome: the attribute in force when the deciding verdict was reached, and only for a non-pass.</summary>
[TestFixture]
[NonParallelizable]
public sealed class VerdictAboutTests
{
    private Dictionary<string, TestOutcome> _outcomes = null!;

    [OneTimeSetUp]
    public async Task RunAboutSuiteOnce()
    {
        _outcomes = await SampleSuite.OutcomesOfAsync(SampleSuite.About);
    }

    [TestCase("ABT-001", "User.active")]
    [TestCase("ABT-002", "Group.members")]
    [TestCase("ABT-003", null)]
    [TestCase("ABT-004", null)]
    public void The_outcome_names_the_attribute_its_deciding_verdict_was_about(string id, string? about)
    {
        var outcome = _outcomes[id];
        Assert.That(outcome.About, Is.EqualTo(about), $"{outcome.Outcome}: {outcome.Message}");
    }
}
