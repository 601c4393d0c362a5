using NUnit.Framework;
using NUnit.Framework.Interfaces;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class OutcomeMapperTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(ResultState.Success, Outcome.Pass).SetName("Passed_is_pass");
        yield return new TestCaseData(ResultState.Warning, Outcome.Warn).SetName("Warning_is_warn");
        yield return new TestCaseData(ResultState.Ignored, Outcome.Skip).SetName("Ignored_is_skip");
        yield return new TestCaseData(ResultState.Skipped, Outcome.Skip).SetName("Skipped_is_skip");
        yield return new TestCaseData(ResultState.Explicit, Outcome.Skip).SetName("Explicit_is_skip");
        yield return new TestCaseData(ResultState.Inconclusive, Outcome.Error).SetName("Inconclusive_is_error");
        yield return new TestCaseData(ResultState.Failure, Outcome.Fail).SetName("Assertion_failure_is_fail");
        yield return new TestCaseData(ResultState.Error, Outcome.Error).SetName("Exception_is_error");
        yield return new TestCaseData(ResultState.Cancelled, Outcome.Error).SetName("Cancelled_is_error");
        yield return new TestCaseData(ResultState.NotRunnable, Outcome.Error).SetName("Not_runnable_is_error");
        yield return new TestCaseData(ResultState.SetUpFailure, Outcome.Error).SetName("SetUp_assertion_is_error");
        yield return new TestCaseData(ResultState.SetUpError, Outcome.Error).SetName("SetUp_exception_is_error");
        yield return new TestCaseData(ResultState.Failure.WithSite(FailureSite.Parent), Outcome.Error).SetName("Failed_one_time_setup_is_error");
        yield return new TestCaseData(ResultState.TearDownError, Outcome.Error).SetName("TearDown_error_is_error");
    }

    [TestCaseSource(nameof(Cases))]
    public void Maps(ResultState state, Outcome expected) =>
        Assert.That(OutcomeMapper.Map(state, "message").Outcome, Is.EqualTo(expected));

    [Test]
    public void Harness_errors_say_the_harness_could_not_decide_once()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OutcomeMapper.Map(ResultState.Error, "boom").Message, Does.StartWith("Harness could not decide: "));
            Assert.That(OutcomeMapper.Map(ResultState.Inconclusive, "Harness could not decide: x").Message, Is.EqualTo("Harness could not decide: x"));
            Assert.That(OutcomeMapper.Map(ResultState.Failure.WithSite(FailureSite.Parent), "OneTimeSetUp: x").Message, Does.Contain("one-time set-up"));
        });
    }

    [Test]
    public void Skip_without_a_message_still_has_a_reason() =>
        Assert.That(OutcomeMapper.Map(ResultState.Ignored, null).Message, Is.Not.Empty);

    [Test]
    public void Failure_message_is_kept_as_written() =>
        Assert.That(OutcomeMapper.Map(ResultState.Failure, "  [R1 MUST] expected x  ").Message, Is.EqualTo("[R1 MUST] expected x"));
}
