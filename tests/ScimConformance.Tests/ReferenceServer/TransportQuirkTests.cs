using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>The security quirk switches of the token endpoint and the plain-HTTP listener (secure setup).</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class TransportQuirkTests
{
    [Test]
    public async Task Token_for_any_secret_issues_tokens_to_a_known_client_id_only()
    {
        await using var server = await SecurityTestServer.StartAsync(null, TransportQuirks.TokenForAnySecret);
        using var wrongSecret = await server.RequestTokenAsync(SecurityTestServer.ClientId, "not-the-secret");
        using var unknownClient = await server.RequestTokenAsync("nobody", "not-the-secret");
        var body = JsonNode.Parse(await wrongSecret.Content.ReadAsStringAsync())!;
        var token = (string)body["access_token"]!;
        var users = await server.GetAsync("/Users", token);

        Assert.Multiple(() =>
        {
            Assert.That(wrongSecret.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(users.Status, Is.EqualTo(HttpStatusCode.OK), "the token works");
            Assert.That(unknownClient.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task Plain_http_answers_the_api_instead_of_redirecting()
    {
        await using var server = await SecurityTestServer.StartAsync(null, TransportQuirks.PlainHttpAnswersApi);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false });
        using var anonymous = await client.GetAsync(new Uri(server.Host.PlainHttpUrl + "/Users"));
        using var discovery = await client.GetAsync(new Uri(server.Host.PlainHttpUrl + "/ServiceProviderConfig"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Host.PlainHttpUrl + "/Users"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SecurityTestServer.Token);
        using var withToken = await client.SendAsync(request);

        Assert.Multiple(() =>
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(anonymous.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
            Assert.That(discovery.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(withToken.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the token travelled in clear and was accepted");
        });
    }

    [Test]
    public async Task A_token_for_another_audience_is_refused_unless_the_audience_is_ignored()
    {
        await using var compliant = await SecurityTestServer.StartAsync();
        await using var lax = await SecurityTestServer.StartAsync(null, TransportQuirks.IgnoresTokenAudience);
        var refused = await compliant.GetAsync("/Users", compliant.Host.IssueTokenForAnotherAudience("default", TimeSpan.FromMinutes(5)));
        var accepted = await lax.GetAsync("/Users", lax.Host.IssueTokenForAnotherAudience("default", TimeSpan.FromMinutes(5)));

        Assert.Multiple(() =>
        {
            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(accepted.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
