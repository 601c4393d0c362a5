using System.Collections.Concurrent;
using NUnit.Framework.Interfaces;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Core.Redaction;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Model.Timeline;
using ScimConformance.Runner.Model.Verdicts;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// Listens to NUnit while it runs the suites: turns each finished check into a <see cref="TestOutcome"/>
/// with the exchanges the journal filed under it, and forwards it to the observer as it happens.
/// Ordinary NUnit tests without a check id are left out of the model. This is the only place outcomes are made,
/// and the text a check wrote (its message, its timeline) passes the run's one redactor and <see cref="DisplayText"/> here, before any observer,
/// console or reporter sees it; the exchanges were masked by the same redactor when the journal recorded them.
/// </summary>
/// <param name="stopping">Cancelled when the run is being interrupted: checks it stops then are "not run", not errors.</param>
public sealed class OutcomeCollector(ExchangeJournal journal, IRunObserver? observer = null, CancellationToken stopping = default) : ITestListener
{
    private readonly ConcurrentQueue<TestOutcome> _outcomes = new();
    private readonly ConcurrentDictionary<string, bool> _started = new(StringComparer.Ordinal);

    public IReadOnlyList<TestOutcome> Outcomes => _outcomes.ToArray();

    public void TestStarted(ITest test)
    {
        var check = CheckInfo.Read(test);
        if (check is null) return;
        _started[test.Id] = true;
        observer?.TestStarted(check);
    }

    public void TestFinished(ITestResult result)
    {
        if (result.Test.IsSuite)
        {
            // Its tests have finished and taken their evidence; held to the end of the run, a fixture's set-up
            // exchanges (bodies up to 64 KiB each) were most of the run's memory.
            journal.Forget(result.Test.Id);
            return;
        }
        var check = CheckInfo.Read(result.Test);
        if (check is null) return;
        var (outcome, message) = stopping.IsCancellationRequested
            ? OutcomeMapper.MapWhileStopping(result.ResultState, result.Message, _started.ContainsKey(result.Test.Id))
            : OutcomeMapper.Map(result.ResultState, result.Message);
        var redactor = journal.Redactor;
        // Endpoint text quoted in a message or a step also loses terminal escapes and bidi controls here, once for every output.
        string Text(string text) => DisplayText.Clean(redactor.RedactText(text));
        var exchanges = Evidence(result);
        var deciding = VerdictNotes.Deciding(VerdictNotes.Read(result.Test), outcome);
        var expectation = deciding.FirstOrDefault(n => n.Expected is not null || n.Observed is not null);
        var testOutcome = new TestOutcome
        {
            Check = check,
            Outcome = outcome,
            Message = Text(message),
            Duration = TimeSpan.FromSeconds(result.Duration),
            Exchanges = EvidenceBudget.Apply(outcome, exchanges),
            Evidence = VerdictNotes.Evidence(deciding, exchanges, outcome),
            Cites = [.. deciding.Select(n => n.Requirement).OfType<string>().Distinct(StringComparer.Ordinal)],
            Expected = expectation?.Expected is { } expected ? Text(expected) : null,
            Observed = expectation?.Observed is { } observed ? Text(observed) : null,
            // An attribute case names the attribute as the target's /Schemas spells it: endpoint text, cleaned like the rest.
            About = deciding.Select(n => n.About).FirstOrDefault(a => a is not null) is { } about ? Text(about) : null,
            Timeline = TimelineReader.Read(result.Test).Select(step => step with
            {
                Subject = Text(step.Subject),
                Path = step.Path is null ? null : DisplayText.Clean(redactor.RedactUrl(step.Path)),
                Outcome = Text(step.Outcome),
                Note = step.Note is null ? null : Text(step.Note),
            }).ToArray(),
        };
        _outcomes.Enqueue(testOutcome);
        observer?.TestFinished(testOutcome);
    }

    public void TestOutput(TestOutput output) { }

    public void SendMessage(TestMessage message) { }

    private List<Exchange> Evidence(ITestResult result)
    {
        var exchanges = new List<Exchange>();
        // When a fixture's one-time set-up failed, what it sent is the only evidence its tests have.
        if (result.ResultState.Site == FailureSite.Parent && result.Test.Parent is { } fixture)
            exchanges.AddRange(journal.Peek(fixture.Id));
        exchanges.AddRange(journal.Take(result.Test.Id));
        return exchanges;
    }
}
