using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Suites.Deprovisioning;

namespace ScimConformance.Tests.Deprovisioning;

/// <summary>
/// The bounded read-after-write of the deprovisioning checks: at once, late with the delay measured, or
/// never within the bound; and a kind that never showed is looked at once, not waited for again.
/// </summary>
[TestFixture]
public sealed class PropagationTests
{
    private static ScimResponse Answer(int status) => new(status, [], "", new Uri("http://127.0.0.1/scim/v2/Users/1"), TimeSpan.Zero);

    private static string NewKind() => "test-" + Guid.NewGuid().ToString("N");

    [Test]
    public async Task An_effect_visible_at_once_is_immediate_after_one_read()
    {
        var reads = 0;
        var seen = await Propagation.ObserveAsync(NewKind(), () => { reads++; return Task.FromResult(Answer(404)); }, r => r.Status == 404, TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(seen.Shown && seen.Immediate, Is.True);
            Assert.That(reads, Is.EqualTo(1));
            Assert.That(seen.Describe(), Is.EqualTo("at once"));
        });
    }

    [Test]
    public async Task A_late_effect_is_shown_with_its_delay_and_read_count()
    {
        var reads = 0;
        var seen = await Propagation.ObserveAsync(NewKind(), () => Task.FromResult(Answer(++reads < 3 ? 200 : 404)), r => r.Status == 404, TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(seen.Shown, Is.True);
            Assert.That(seen.Immediate, Is.False);
            Assert.That(seen.Attempts, Is.EqualTo(3));
            Assert.That(seen.Delay, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250)), "two pauses (0.1 s and 0.2 s) came before the third read");
            Assert.That(seen.Describe(), Does.StartWith("after ").And.EndWith("(3 reads)"));
        });
    }

    [Test]
    public async Task An_effect_that_never_shows_stops_at_the_bound_and_the_next_check_of_its_kind_looks_once()
    {
        var kind = NewKind();
        var first = await Propagation.ObserveAsync(kind, () => Task.FromResult(Answer(200)), r => r.Status == 404, TimeSpan.FromMilliseconds(600));
        var reads = 0;
        var second = await Propagation.ObserveAsync(kind, () => { reads++; return Task.FromResult(Answer(200)); }, r => r.Status == 404, TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(first.Shown, Is.False);
            Assert.That(first.Attempts, Is.GreaterThan(1));
            Assert.That(first.Delay, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(600)));
            Assert.That(first.Describe(), Does.StartWith("not within 0.6 s"));
            Assert.That(second.Shown, Is.False);
            Assert.That(reads, Is.EqualTo(1), "the bound was already spent in vain on this kind");
            Assert.That(second.Describe(), Does.Contain("looked once"));
        });
    }

    [Test]
    public async Task A_refused_request_ends_the_wait_without_spending_the_kind()
    {
        var kind = NewKind();
        var refused = await Propagation.ObserveAsync(kind, () => Task.FromResult(Answer(400)), r => r.Status == 200, TimeSpan.FromSeconds(30));
        var reads = 0;
        var later = await Propagation.ObserveAsync(kind, () => Task.FromResult(Answer(++reads < 2 ? 500 : 200)), r => r.Status == 200, TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(refused.Shown, Is.False);
            Assert.That(refused.Attempts, Is.EqualTo(1));
            Assert.That(later.Shown, Is.True, "a 500 is worth another read; the kind was not marked by the refusal");
            Assert.That(later.Attempts, Is.EqualTo(2));
        });
    }
}
