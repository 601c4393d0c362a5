using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Core.Redaction;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// One redactor, one mask, one pass per text: the journal masks each exchange as it records it (whichever client sent
/// it) and the outcome collector, the only maker of outcomes, masks what a check wrote before any observer sees it.
/// </summary>
[TestFixture]
public sealed class RedactionPassTests
{
    private const string Secret = "tok-learned-mid-run-0042";

    public static class Holder
    {
        [ScimTest("RED-001", "quotes a credential", "Sample", Severity.High, "R7644-3.3-01")]
        public static void Check() { }
    }

    private static TestResult FailedWith(string message)
    {
        var method = new TestMethod(new MethodWrapper(typeof(Holder), nameof(Holder.Check)));
        new ScimTestAttribute("RED-001", "quotes a credential", "Sample", Severity.High, "R7644-3.3-01").ApplyToTest(method);
        var result = method.MakeTestResult();
        result.SetResult(ResultState.Failure, message);
        return result;
    }

    [Test]
    public void A_secret_learned_during_the_run_is_masked_in_the_message_the_observer_and_the_model_get()
    {
        var journal = new ExchangeJournal();
        var observer = new Recorder();
        var collector = new OutcomeCollector(journal, observer);
        // As the OAuth provider or the security suite's token client do when they obtain a token.
        journal.Redactor.AddSecret(Secret);

        collector.TestFinished(FailedWith($"the server echoed Authorization: Bearer {Secret} in its error"));

        Assert.Multiple(() =>
        {
            Assert.That(collector.Outcomes.Single().Message, Is.EqualTo($"the server echoed Authorization: Bearer {Redactor.Mask} in its error"));
            Assert.That(observer.Messages, Is.EqualTo(new[] { collector.Outcomes.Single().Message }), "the console saw the masked text too");
        });
    }

    [Test]
    public void Every_recorded_exchange_is_masked_by_the_journal_whichever_client_sent_it()
    {
        var journal = new ExchangeJournal();
        journal.Redactor.AddSecret(Secret);
        Exchange? recorded = null;
        journal.Recorded += (_, exchange) => recorded = exchange;
        journal.Record(new Exchange
        {
            Method = "GET",
            Url = "https://h.example/scim/v2/Users?access_token=" + Secret,
            RequestHeaders = [new("Authorization", "Bearer " + Secret)],
            Status = 200,
            ResponseBody = "{\"echo\":\"" + Secret + "\"}",
        });
        Assert.That(recorded!.Url + string.Join(";", recorded.RequestHeaders.Select(h => h.Value)) + recorded.ResponseBody,
            Does.Not.Contain(Secret).And.Contain(Redactor.Mask));
    }

    private sealed class Recorder : IRunObserver
    {
        public List<string> Messages { get; } = [];

        public void RunStarted(RunHeader header) { }

        public void TestStarted(CheckInfo test) { }

        public void TestFinished(TestOutcome outcome) => Messages.Add(outcome.Message);
    }
}
