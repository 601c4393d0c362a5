using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;

namespace ScimConformance.Tests.Runner;

/// <summary>A passing check with bulky evidence keeps every exchange but short bodies; a check that did not pass keeps what was captured.</summary>
[TestFixture]
public sealed class EvidenceBudgetTests
{
    private static Exchange Exchange(string request, string response) =>
        new() { Method = "GET", Url = "http://x/Users", RequestHeaders = [], RequestBody = request, ResponseBody = response, Status = 200 };

    private static Exchange[] Bulky() =>
        Enumerable.Range(0, 40).Select(i => Exchange("{\"n\":" + i + "}", new string('r', 10_000))).ToArray();

    [TestCase(Outcome.Fail)]
    [TestCase(Outcome.Warn)]
    [TestCase(Outcome.Error)]
    public void A_check_that_did_not_pass_keeps_its_evidence(Outcome outcome)
    {
        var exchanges = Bulky();
        Assert.That(EvidenceBudget.Apply(outcome, exchanges), Is.SameAs(exchanges));
    }

    [Test]
    public void A_passing_check_within_the_budget_keeps_its_evidence()
    {
        var exchanges = Bulky().Take(20).ToArray();
        Assert.That(EvidenceBudget.Apply(Outcome.Pass, exchanges), Is.SameAs(exchanges));
    }

    [Test]
    public void A_passing_check_over_the_budget_keeps_heads_sizes_and_digests()
    {
        var kept = EvidenceBudget.Apply(Outcome.Pass, Bulky());
        Assert.Multiple(() =>
        {
            Assert.That(kept, Has.Count.EqualTo(40));
            Assert.That(kept.Select(x => x.RequestBody), Is.EqualTo(Enumerable.Range(0, 40).Select(i => "{\"n\":" + i + "}")), "small bodies stay whole");
            Assert.That(kept.Select(x => x.RequestBodyBytes), Is.All.Null);
            Assert.That(kept.Select(x => x.ResponseBody!.Length), Is.All.EqualTo(EvidenceBudget.KeptBytes));
            Assert.That(kept.Select(x => x.ResponseBodyBytes), Is.All.EqualTo(10_000));
            Assert.That(kept.Select(x => x.ResponseBodySha256), Is.All.EqualTo(EvidenceBody.Sha256(new string('r', 10_000))));
        });
    }

    [Test]
    public void A_body_cut_at_capture_keeps_the_size_and_digest_of_the_whole()
    {
        var cut = Exchange("{}", new string('r', EvidenceBody.MaxBytes)) with { ResponseBodyBytes = 900_000, ResponseBodySha256 = new string('a', 64) };
        var kept = EvidenceBudget.Apply(Outcome.Skip, Enumerable.Repeat(cut, 5).ToArray());
        Assert.That(kept.Select(x => (x.ResponseBody!.Length, x.ResponseBodyBytes, x.ResponseBodySha256)),
            Is.All.EqualTo((EvidenceBudget.KeptBytes, (long?)900_000, new string('a', 64))));
    }
}
