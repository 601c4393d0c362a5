using System.Collections.Concurrent;
using NUnit.Framework.Interfaces;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Model.Timeline;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// Listens to NUnit while it runs the suites: turns each finished check into a <see cref="TestOutcome"/>
/// with the exchanges the journal filed under it, and forwards it to the observer as it happens.
/// Ordinary NUnit tests without a check id are left out of the model.
/// </summary>
public sealed class OutcomeCollector(Func<ExchangeJournal?> journal, IRunObserver? observer = null) : ITestListener
{
    private readonly ConcurrentQueue<TestOutcome> _outcomes = new();

    public IReadOnlyList<TestOutcome> Outcomes => _outcomes.ToArray();

    public void TestStarted(ITest test)
    {
        var check = CheckInfo.Read(test);
        if (check is not null) observer?.TestStarted(check);
    }

    public void TestFinished(ITestResult result)
    {
        var check = CheckInfo.Read(result.Test);
        if (check is null) return;
        var (outcome, message) = OutcomeMapper.Map(result.ResultState, result.Message);
        var testOutcome = new TestOutcome
        {
            Check = check,
            Outcome = outcome,
            Message = message,
            Duration = TimeSpan.FromSeconds(result.Duration),
            Exchanges = Evidence(result),
            Timeline = TimelineReader.Read(result.Test),
        };
        _outcomes.Enqueue(testOutcome);
        observer?.TestFinished(testOutcome);
    }

    public void TestOutput(TestOutput output) { }

    public void SendMessage(TestMessage message) { }

    private List<Exchange> Evidence(ITestResult result)
    {
        var exchanges = new List<Exchange>();
        var current = journal();
        if (current is null) return exchanges;
        // When a fixture's one-time set-up failed, what it sent is the only evidence its tests have.
        if (result.ResultState.Site == FailureSite.Parent && result.Test.Parent is { } fixture)
            exchanges.AddRange(current.Peek(fixture.Id));
        exchanges.AddRange(current.Take(result.Test.Id));
        return exchanges;
    }
}
