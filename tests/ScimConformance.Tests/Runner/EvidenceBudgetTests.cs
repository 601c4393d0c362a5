using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// A passing check keeps every exchange, its first few with headers and short bodies, the rest as request line,
/// status, timing and body sizes and digests; a check that did not pass keeps what was captured.
/// </summary>
[TestFixture]
public sealed class EvidenceBudgetTests
{
    private static readonly KeyValuePair<string, string>[] Headers = [new("Content-Type", "application/scim+json")];

    private static Exchange Exchange(string request, string response) =>
        new() { Method = "GET", Url = "http://x/Users", RequestHeaders = Headers, ResponseHeaders = Headers, RequestBody = request, ResponseBody = response, Status = 200 };

    private static Exchange[] Bulky() =>
        Enumerable.Range(0, 40).Select(i => Exchange("{\"n\":" + i + "}", new string('r', 10_000))).ToArray();

    [TestCase(Outcome.Fail)]
    [TestCase(Outcome.Warn)]
    [TestCase(Outcome.Error)]
    [TestCase(Outcome.Accepted)]
    public void A_check_that_did_not_pass_keeps_its_evidence(Outcome outcome)
    {
        var exchanges = Bulky();
        Assert.That(EvidenceBudget.Apply(outcome, exchanges), Is.SameAs(exchanges));
    }

    [Test]
    public void A_passing_check_with_few_small_exchanges_keeps_its_evidence()
    {
        var exchanges = Enumerable.Range(0, EvidenceBudget.KeptExchanges).Select(i => Exchange("{\"n\":" + i + "}", "{\"id\":\"" + i + "\"}")).ToArray();
        Assert.That(EvidenceBudget.Apply(Outcome.Pass, exchanges), Is.SameAs(exchanges));
    }

    [Test]
    public void A_passing_check_keeps_headers_and_body_heads_of_its_first_exchanges()
    {
        var kept = EvidenceBudget.Apply(Outcome.Pass, Bulky()).Take(EvidenceBudget.KeptExchanges).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(kept.Select(x => x.RequestBody), Is.EqualTo(Enumerable.Range(0, EvidenceBudget.KeptExchanges).Select(i => "{\"n\":" + i + "}")), "small bodies stay whole");
            Assert.That(kept.Select(x => x.RequestBodyBytes), Is.All.Null);
            Assert.That(kept.Select(x => x.ResponseBody!.Length), Is.All.EqualTo(EvidenceBudget.KeptBytes));
            Assert.That(kept.Select(x => x.ResponseBodyBytes), Is.All.EqualTo(10_000));
            Assert.That(kept.Select(x => x.ResponseBodySha256), Is.All.EqualTo(EvidenceBody.Sha256(new string('r', 10_000))));
            Assert.That(kept.Select(x => x.ResponseHeaders), Is.All.EqualTo(Headers));
        });
    }

    [Test]
    public void A_passing_check_keeps_every_later_exchange_as_request_line_status_timing_sizes_and_digests()
    {
        var thin = EvidenceBudget.Apply(Outcome.Pass, Bulky());
        var later = thin.Skip(EvidenceBudget.KeptExchanges).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(thin, Has.Count.EqualTo(40), "the latency summary counts every request");
            Assert.That(later.Select(x => (x.Method, x.Url, x.Status)), Is.All.EqualTo(("GET", "http://x/Users", (int?)200)));
            Assert.That(later.Select(x => x.RequestHeaders.Count + x.ResponseHeaders.Count), Is.All.Zero);
            Assert.That(later.Select(x => x.ResponseBody), Is.All.Empty);
            Assert.That(later.Select(x => x.ResponseBodyBytes), Is.All.EqualTo(10_000));
            Assert.That(later.Select(x => x.ResponseBodySha256), Is.All.EqualTo(EvidenceBody.Sha256(new string('r', 10_000))));
            Assert.That(later.Select(x => x.RequestBodySha256), Is.EqualTo(Enumerable.Range(EvidenceBudget.KeptExchanges, 40 - EvidenceBudget.KeptExchanges).Select(i => EvidenceBody.Sha256("{\"n\":" + i + "}"))));
        });
    }

    [Test]
    public void A_body_cut_at_capture_keeps_the_size_and_digest_of_the_whole()
    {
        var cut = Exchange("{}", new string('r', EvidenceBody.MaxBytes)) with { ResponseBodyBytes = 900_000, ResponseBodySha256 = new string('a', 64) };
        var kept = EvidenceBudget.Apply(Outcome.Skip, Enumerable.Repeat(cut, 10).ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(kept.Select(x => (x.ResponseBodyBytes, x.ResponseBodySha256)), Is.All.EqualTo(((long?)900_000, new string('a', 64))));
            Assert.That(kept.Select(x => x.ResponseBody!.Length), Is.EqualTo(Enumerable.Repeat(EvidenceBudget.KeptBytes, EvidenceBudget.KeptExchanges)
                .Concat(Enumerable.Repeat(0, 10 - EvidenceBudget.KeptExchanges))));
        });
    }
}
