using System.Text;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Auth;
using ScimConformance.Tests.Support;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Core.Auth;

/// <summary>The one OAuth wire client: token requests and revocations carry the same client authentication.</summary>
public sealed class OAuthWireClientTests
{
    private const string ClientId = "client id/with:odd chars";
    private const string ClientSecret = "s3cr3t&value=x";

    [Test]
    public async Task Token_request_and_revocation_are_form_posts_with_the_client_credentials_encoded_as_rfc_6749_requires()
    {
        await using var server = await StubHttpServer.StartAsync(context =>
            StubHttpServer.Respond(context, 200, "application/json", """{"access_token":"tok-12345","expires_in":"90"}"""));
        using var wire = new OAuthWireClient(new Uri(server.Root, "oauth/token"), ClientId, ClientSecret, new SocketsHttpHandler(), TimeSpan.FromSeconds(10));

        var token = await wire.RequestTokenAsync(scope: null, CancellationToken.None);
        var revoked = await wire.RevokeAsync(new Uri(server.Root, "oauth/revoke"), "tok-12345", CancellationToken.None);

        var requests = server.Requests.ToArray();
        var basic = requests.Select(r => Encoding.UTF8.GetString(Convert.FromBase64String(r.Header("Authorization")!["Basic ".Length..]))).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That((token.Status, token.AccessToken, token.ExpiresIn), Is.EqualTo((200, "tok-12345", TimeSpan.FromSeconds(90))));
            Assert.That(revoked.Status, Is.EqualTo(200));
            Assert.That(requests.Select(r => r.PathAndQuery), Is.EqualTo(new[] { "/oauth/token", "/oauth/revoke" }));
            Assert.That(requests[0].Body, Is.EqualTo("grant_type=client_credentials"));
            Assert.That(requests[1].Body, Is.EqualTo("token=tok-12345&token_type_hint=access_token"));
            Assert.That(basic, Has.All.EqualTo(Uri.EscapeDataString(ClientId) + ":" + Uri.EscapeDataString(ClientSecret)));
        });
    }

    [Test]
    public void A_reply_echoes_only_a_plain_error_code()
    {
        var plain = new OAuthReply(400, JsonNode.Parse("""{"error":"invalid_client","error_description":"secret s3cr3t is wrong"}""")!.AsObject());
        var odd = new OAuthReply(400, JsonNode.Parse("""{"error":"<script>s3cr3t"}""")!.AsObject());
        Assert.Multiple(() =>
        {
            Assert.That(plain.ErrorCode, Is.EqualTo(" invalid_client"));
            Assert.That(odd.ErrorCode, Is.Empty);
            Assert.That(new OAuthReply(200, null).AccessToken, Is.Null);
        });
    }
}
