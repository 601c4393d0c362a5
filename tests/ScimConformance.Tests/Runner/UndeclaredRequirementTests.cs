using NUnit.Framework;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;

namespace ScimConformance.Tests.Runner;

/// <summary>A check whose verdict cites an id its declaration lacks is a suite bug: an error that says so, never a verdict.</summary>
[TestFixture]
[NonParallelizable]
public sealed class UndeclaredRequirementTests
{
    private Dictionary<string, TestOutcome> _outcomes = null!;

    [OneTimeSetUp]
    public async Task RunFaultySuiteOnce()
    {
        _outcomes = await SampleSuite.OutcomesOfAsync(SampleSuite.Faulty);
    }

    [TestCase("BAD-001")]
    [TestCase("BAD-002")]
    [TestCase("BAD-003")]
    [TestCase("BAD-004")]
    public void Citing_an_undeclared_id_is_an_error_naming_the_check_and_the_id(string id)
    {
        var outcome = _outcomes[id];
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Outcome, Is.EqualTo(Outcome.Error), outcome.Message);
            Assert.That(outcome.Message, Does.StartWith(OutcomeMapper.CouldNotDecide)
                .And.Contain($"{id} cites R7644-3.6-04, which its declaration does not list (R7644-3.3-01)"));
        });
    }

    [Test]
    public void Citing_a_declared_id_reaches_the_verdict() => Assert.That(_outcomes["BAD-005"].Outcome, Is.EqualTo(Outcome.Fail));
}
