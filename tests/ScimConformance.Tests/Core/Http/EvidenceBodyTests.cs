using System.Security.Cryptography;
using System.Text;
using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Http;

/// <summary>Bodies over 64 KiB are kept as their head, size and SHA-256 from the moment they are captured; hostile uploads are never held.</summary>
[TestFixture]
public sealed class EvidenceBodyTests
{
    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Test]
    public void A_body_up_to_64_KiB_is_kept_whole()
    {
        var body = new string('a', EvidenceBody.MaxBytes);
        Assert.That(EvidenceBody.Capture(body), Is.EqualTo(new EvidenceBody.Captured(body, null, null)));
        Assert.That(EvidenceBody.Capture(null), Is.EqualTo(new EvidenceBody.Captured(null, null, null)));
    }

    [Test]
    public void A_larger_body_keeps_its_head_size_and_digest()
    {
        var body = string.Concat(Enumerable.Range(0, 20_000).Select(i => i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture)));
        var captured = EvidenceBody.Capture(body);
        Assert.Multiple(() =>
        {
            Assert.That(captured.Text, Is.EqualTo(body[..EvidenceBody.MaxBytes]));
            Assert.That(captured.Bytes, Is.EqualTo(100_000));
            Assert.That(captured.Sha256, Is.EqualTo(Sha256(body)));
        });
    }

    [TestCase("\u00e9", 2)]
    [TestCase("\u20ac", 3)]
    [TestCase("\ud83d\ude00", 4)]
    public void The_head_fits_64_KiB_of_UTF8_without_splitting_a_character(string character, int bytesEach)
    {
        var body = string.Concat(Enumerable.Repeat(character, 40_000));
        var captured = EvidenceBody.Capture(body);
        Assert.Multiple(() =>
        {
            Assert.That(captured.Bytes, Is.EqualTo(40_000L * bytesEach));
            Assert.That(Encoding.UTF8.GetByteCount(captured.Text!), Is.LessThanOrEqualTo(EvidenceBody.MaxBytes).And.GreaterThan(EvidenceBody.MaxBytes - bytesEach));
            Assert.That(captured.Text!.Length % character.Length, Is.Zero, "a surrogate pair was split");
            Assert.That(body, Does.StartWith(captured.Text));
        });
    }

    [Test]
    public void The_journal_stores_both_bodies_cut()
    {
        var journal = new ExchangeJournal();
        var big = new string('r', 70_000);
        journal.Record(new Exchange { Method = "POST", Url = "http://x/Users", RequestHeaders = [], RequestBody = big, ResponseBody = big + "!", Status = 413 });
        var stored = journal.Take(TestContext.CurrentContext.Test.ID).Single();
        Assert.Multiple(() =>
        {
            Assert.That(stored.RequestBody, Has.Length.EqualTo(EvidenceBody.MaxBytes));
            Assert.That((stored.RequestBodyBytes, stored.RequestBodySha256), Is.EqualTo(((long?)70_000, Sha256(big))));
            Assert.That(stored.ResponseBody, Has.Length.EqualTo(EvidenceBody.MaxBytes));
            Assert.That((stored.ResponseBodyBytes, stored.ResponseBodySha256), Is.EqualTo(((long?)70_001, Sha256(big + "!"))));
        });
    }

    [Test]
    public void A_padded_body_describes_exactly_what_it_writes()
    {
        var padded = new PaddedBody("{\"a\":\"", '\u00e9', 50_000, "\"}");
        var whole = "{\"a\":\"" + new string('\u00e9', 50_000) + "\"}";
        var captured = padded.Capture();
        Assert.Multiple(() =>
        {
            Assert.That(padded.Length, Is.EqualTo(Encoding.UTF8.GetByteCount(whole)));
            Assert.That(captured, Is.EqualTo(EvidenceBody.Capture(whole)));
        });
    }

    [Test]
    public async Task A_padded_upload_is_sent_whole_and_recorded_cut()
    {
        await using var server = await StubHttpServer.StartAsync(context => StubHttpServer.Respond(context, 413, "application/scim+json", "{}"));
        using var client = TestSettings.Client(server.ScimBase);
        var padded = new PaddedBody("{\"userName\":\"u\"", ' ', 3 << 20, "}");

        var response = await client.SendAsync(new ScimRequest(HttpMethod.Post, "Users") { Padded = padded });

        var received = server.Requests.Single().Body;
        var exchange = client.Journal.Peek(TestContext.CurrentContext.Test.ID).Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(413));
            Assert.That(received, Has.Length.EqualTo(padded.Length).And.Length.EqualTo((3 << 20) + 16));
            Assert.That(received, Does.StartWith("{\"userName\":\"u\"   ").And.EndWith(" }"));
            Assert.That(exchange.RequestBody, Has.Length.EqualTo(EvidenceBody.MaxBytes));
            Assert.That((exchange.RequestBodyBytes, exchange.RequestBodySha256), Is.EqualTo(((long?)received.Length, Sha256(received))));
        });
    }
}
