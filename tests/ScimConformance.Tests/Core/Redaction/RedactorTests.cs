using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Core.Redaction;

namespace ScimConformance.Tests.Core.Redaction;

public sealed class RedactorTests
{
    private const string Secret = "p4ss-w0rd-0f-th3-run";

    [TestCase("Authorization")]
    [TestCase("proxy-authorization")]
    [TestCase("Cookie")]
    [TestCase("Set-Cookie")]
    [TestCase("X-API-KEY")]
    public void Sensitive_headers_are_masked_whatever_their_value(string name) =>
        Assert.That(new Redactor().RedactHeader(name, "anything at all"), Is.EqualTo(Redactor.Mask));

    [Test]
    public void Ordinary_headers_keep_their_value_unless_they_carry_a_secret()
    {
        var redactor = new Redactor([Secret]);
        Assert.That(redactor.RedactHeader("Content-Type", "application/scim+json"), Is.EqualTo("application/scim+json"));
        Assert.That(redactor.RedactHeader("X-Debug", "token=" + Secret), Is.EqualTo("token=" + Redactor.Mask));
    }

    [Test]
    public void Sensitive_json_members_are_masked_at_any_depth_and_any_case()
    {
        var body = """{"userName":"bjensen","PassWord":"hunter2","nested":{"list":[{"Client_Secret":"x1"},{"access_token":42}]},"secret":{"a":1}}""";
        var redacted = JsonNode.Parse(new Redactor().RedactBody(body, "application/scim+json")!)!;
        Assert.That(redacted["userName"]!.GetValue<string>(), Is.EqualTo("bjensen"));
        Assert.That(redacted["PassWord"]!.GetValue<string>(), Is.EqualTo(Redactor.Mask));
        Assert.That(redacted["nested"]!["list"]![0]!["Client_Secret"]!.GetValue<string>(), Is.EqualTo(Redactor.Mask));
        Assert.That(redacted["nested"]!["list"]![1]!["access_token"]!.GetValue<string>(), Is.EqualTo(Redactor.Mask));
        Assert.That(redacted["secret"]!.GetValue<string>(), Is.EqualTo(Redactor.Mask));
    }

    [Test]
    public void Malformed_json_still_loses_its_password()
    {
        var redacted = new Redactor().RedactBody("""{"password": "hunter2", "userName": """, "application/json")!;
        Assert.That(redacted, Does.Not.Contain("hunter2").And.Contain(Redactor.Mask));
    }

    [Test]
    public void Form_bodies_lose_their_sensitive_fields()
    {
        var redacted = new Redactor().RedactBody("grant_type=client_credentials&client_secret=abc123&refresh_token=r1&scope=scim", "application/x-www-form-urlencoded")!;
        Assert.That(redacted, Is.EqualTo($"grant_type=client_credentials&client_secret={Redactor.Mask}&refresh_token={Redactor.Mask}&scope=scim"));
    }

    [Test]
    public void A_configured_secret_is_masked_in_urls_bodies_and_text()
    {
        var redactor = new Redactor([Secret]);
        Assert.That(redactor.RedactUrl($"https://h/scim/Users?filter=userName eq \"{Secret}\""), Does.Not.Contain(Secret));
        Assert.That(redactor.RedactUrl($"https://h/scim/Users?x={Uri.EscapeDataString(Secret)}"), Does.Not.Contain(Uri.EscapeDataString(Secret)));
        Assert.That(redactor.RedactUrl("https://h/cb?access_token=abcdef&state=1"), Is.EqualTo($"https://h/cb?access_token={Redactor.Mask}&state=1"));
        Assert.That(redactor.RedactBody($$"""{"detail":"token {{Secret}} is invalid"}""")!, Does.Not.Contain(Secret).And.Contain(Redactor.Mask));
        Assert.That(redactor.RedactText($"connection failed for {Secret}"), Is.EqualTo($"connection failed for {Redactor.Mask}"));
    }

    [Test]
    public void A_token_obtained_later_is_masked_from_then_on()
    {
        var redactor = new Redactor([Secret]);
        const string lateToken = "eyJhbGciOi.late-oauth-token";
        Assert.That(redactor.RedactText("Bearer " + lateToken), Does.Contain(lateToken));
        redactor.AddSecret(lateToken);
        Assert.That(redactor.RedactText("Bearer " + lateToken), Is.EqualTo("Bearer " + Redactor.Mask));
    }

    [Test]
    public void A_whole_exchange_is_redacted()
    {
        var redactor = new Redactor([Secret]);
        var exchange = redactor.Redact(new Exchange
        {
            Method = "POST",
            Url = "https://h/scim/Users?q=" + Secret,
            RequestHeaders = [new("Authorization", "Bearer " + Secret), new("Accept", "application/scim+json")],
            RequestBody = """{"userName":"a","password":"pw-in-body"}""",
            Status = 400,
            ResponseHeaders = [new("Set-Cookie", "session=1"), new("X-Echo", Secret)],
            ResponseBody = $"bad token {Secret}",
            Error = "echo " + Secret,
        });
        var everything = string.Join("|", exchange.Url, exchange.RequestBody, exchange.ResponseBody, exchange.Error,
            string.Join(",", exchange.RequestHeaders.Concat(exchange.ResponseHeaders).Select(h => h.Key + "=" + h.Value)));
        Assert.That(everything, Does.Not.Contain(Secret).And.Not.Contain("pw-in-body").And.Not.Contain("session=1"));
        Assert.That(exchange.RequestHeaders.Single(h => h.Key == "Accept").Value, Is.EqualTo("application/scim+json"));
    }

    [Test]
    public void Bodies_without_sensitive_names_come_back_unchanged()
    {
        const string body = "{\n  \"userName\": \"bjensen\",\n  \"active\": true\n}";
        Assert.That(new Redactor([Secret]).RedactBody(body, "application/scim+json"), Is.SameAs(body));
    }
}
