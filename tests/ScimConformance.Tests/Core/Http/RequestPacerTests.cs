using System.Diagnostics;
using NUnit.Framework;
using ScimConformance.Core.Http;

namespace ScimConformance.Tests.Core.Http;

/// <summary>
/// The pacer spaces a run's requests to --max-rps and holds all of them during a pause. Only lower bounds on elapsed
/// time are asserted: a loaded machine can make pacing slower, never faster.
/// </summary>
[TestFixture]
public sealed class RequestPacerTests
{
    [Test]
    public async Task Requests_are_spaced_to_the_cap_whoever_sends_them()
    {
        var pacer = new RequestPacer(maxPerSecond: 20);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => pacer.WaitTurnAsync(CancellationToken.None)));
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(9 / 20.0) - TimeSpan.FromMilliseconds(20)), "ten requests at 20/s span at least nine intervals");
    }

    [Test]
    public async Task Without_a_cap_or_a_pause_nothing_waits()
    {
        var pacer = new RequestPacer();
        var turns = Enumerable.Range(0, 100).Select(_ => pacer.WaitTurnAsync(CancellationToken.None)).ToArray();
        Assert.That(turns.All(t => t.IsCompletedSuccessfully), Is.True);
        await Task.WhenAll(turns);
    }

    [Test]
    public async Task A_pause_holds_requests_that_were_already_waiting_for_their_slot()
    {
        var pacer = new RequestPacer(maxPerSecond: 5);
        await pacer.WaitTurnAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var queued = pacer.WaitTurnAsync(CancellationToken.None);
        pacer.PauseFor(TimeSpan.FromMilliseconds(600));
        await queued;
        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(580)));
            Assert.That(pacer.Pauses, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_spent_quota_pauses_the_run_until_its_reset()
    {
        var pacer = new RequestPacer();
        pacer.Observe(new ScimResponse(200, [new("RateLimit", "\"default\";r=0;t=1")], "", new Uri("http://x/Users"), TimeSpan.Zero));
        var clock = Stopwatch.StartNew();
        await pacer.WaitTurnAsync(CancellationToken.None);
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(980)));
    }

    [Test]
    public void A_quota_left_does_not_pause()
    {
        var pacer = new RequestPacer();
        pacer.Observe(new ScimResponse(200, [new("X-RateLimit-Remaining", "3"), new("X-RateLimit-Reset", "5")], "", new Uri("http://x/Users"), TimeSpan.Zero));
        Assert.That(pacer.Pauses, Is.Zero);
    }
}
