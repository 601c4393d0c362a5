using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.ReferenceServer;

[TestFixture]
[Category("ReferenceServer")]
public sealed class SecurityTokenTests
{
    private SecurityTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await SecurityTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [TestCase(false)]
    [TestCase(true)]
    public async Task Client_credentials_grant_returns_a_bearer_jwt_with_the_contract_claims(bool credentialsInForm)
    {
        using var response = await _server.RequestTokenAsync(SecurityTestServer.ClientId, SecurityTestServer.ClientSecret, inForm: credentialsInForm);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var (header, payload, signature) = Jwt.Split((string)body["access_token"]!);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
            Assert.That(response.Headers.CacheControl!.NoStore, Is.True);
            Assert.That((string?)body["token_type"], Is.EqualTo("Bearer"));
            Assert.That((long)body["expires_in"]!, Is.EqualTo(3600));
            Assert.That((string?)header["alg"], Is.EqualTo("RS256"));
            Assert.That(signature, Is.Not.Empty);
            Assert.That((string?)payload["iss"], Is.Not.Empty);
            Assert.That((string?)payload["sub"], Is.EqualTo(SecurityTestServer.ClientId));
            Assert.That((string?)payload["aud"], Is.EqualTo(_server.Host.BaseUrl.ToString()));
            Assert.That((string?)payload["tenant"], Is.EqualTo("default"));
            Assert.That((string?)payload["scope"], Is.EqualTo("scim.read scim.write"));
            Assert.That((long)payload["iat"]!, Is.InRange(now - 5, now + 1));
            Assert.That((long)payload["exp"]! - (long)payload["iat"]!, Is.EqualTo(3600));
            Assert.That((string?)payload["jti"], Is.Not.Empty);
        });
    }

    [Test]
    public async Task Issued_token_works_on_the_scim_endpoints()
    {
        var token = await _server.AccessTokenAsync();
        var created = await _server.SendAsync(HttpMethod.Post, "/Users", token, ScimTestServer.NewUser("oauth-created"));
        var listed = await _server.GetAsync("/Users", token);

        Assert.Multiple(() =>
        {
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(listed.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Two_tokens_of_one_client_are_different()
    {
        var first = await _server.AccessTokenAsync();
        var second = await _server.AccessTokenAsync();
        Assert.That(Jwt.Split(first).Payload["jti"]!.ToString(), Is.Not.EqualTo(Jwt.Split(second).Payload["jti"]!.ToString()));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Wrong_secret_is_401_invalid_client(bool credentialsInForm)
    {
        using var response = await _server.RequestTokenAsync(SecurityTestServer.ClientId, "not-the-secret", inForm: credentialsInForm);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((string?)body["error"], Is.EqualTo("invalid_client"));
            Assert.That(body.ToJsonString(), Does.Not.Contain("access_token"));
            if (!credentialsInForm) Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Basic"));
        });
    }

    [Test]
    public async Task Another_clients_secret_does_not_authenticate()
    {
        using var response = await _server.RequestTokenAsync(SecurityTestServer.ClientId, SecurityTestServer.ReadOnlyClientSecret);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("password", "unsupported_grant_type")]
    [TestCase("authorization_code", "unsupported_grant_type")]
    public async Task Other_grants_are_400(string grant, string error)
    {
        using var response = await _server.RequestTokenAsync(SecurityTestServer.ClientId, SecurityTestServer.ClientSecret, grantType: grant);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)body["error"], Is.EqualTo(error));
        });
    }

    [Test]
    public async Task A_read_only_client_gets_read_scope_and_cannot_ask_for_write()
    {
        var token = await _server.AccessTokenAsync(SecurityTestServer.ReadOnlyClientId, SecurityTestServer.ReadOnlyClientSecret);
        using var escalation = await _server.RequestTokenAsync(SecurityTestServer.ReadOnlyClientId, SecurityTestServer.ReadOnlyClientSecret, scope: "scim.read scim.write");
        var body = JsonNode.Parse(await escalation.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)Jwt.Split(token).Payload["scope"], Is.EqualTo("scim.read"));
            Assert.That(escalation.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)body["error"], Is.EqualTo("invalid_scope"));
        });
    }

    [Test]
    public async Task A_full_client_may_ask_for_read_only()
    {
        var token = await _server.AccessTokenAsync(scope: "scim.read");
        var write = await _server.SendAsync(HttpMethod.Post, "/Users", token, ScimTestServer.NewUser("narrowed-scope"));

        Assert.Multiple(() =>
        {
            Assert.That((string?)Jwt.Split(token).Payload["scope"], Is.EqualTo("scim.read"));
            Assert.That(write.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task Token_endpoint_wants_a_form()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.Host.TokenUrl)
        {
            Content = new StringContent("{\"grant_type\":\"client_credentials\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = SecurityTestServer.BasicFor(SecurityTestServer.ClientId, SecurityTestServer.ClientSecret);
        using var response = await _server.Anonymous.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Jwks_publishes_the_rsa_signing_key()
    {
        using var response = await _server.Anonymous.GetAsync(new Uri(_server.Host.Origin, "/.well-known/jwks.json"));
        var key = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["keys"]![0]!;
        var token = await _server.AccessTokenAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)key["kty"], Is.EqualTo("RSA"));
            Assert.That((string?)key["kid"], Is.EqualTo((string?)Jwt.Split(token).Header["kid"]));
            Assert.That(key["d"], Is.Null, "never the private key");
        });
    }

    // Tampering: each case changes a real token; the server must refuse all of them with 401 invalid_token.
    private static readonly string[] TamperCases =
    [
        "alg-none-no-signature",
        "alg-none-with-signature",
        "alg-hs256",
        "stripped-signature",
        "altered-signature",
        "altered-payload-tenant",
        "altered-payload-scope",
        "altered-payload-exp",
        "wrong-audience",
        "changed-character",
    ];

    [TestCaseSource(nameof(TamperCases))]
    public async Task Tampered_tokens_are_401_invalid_token(string tampering)
    {
        var token = Tamper(await _server.AccessTokenAsync(SecurityTestServer.ReadOnlyClientId, SecurityTestServer.ReadOnlyClientSecret), tampering);
        var reply = await _server.GetAsync("/Users", token);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(reply.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer realm=\"scim\", error=\"invalid_token\""));
        });
    }

    internal static string Tamper(string token, string tampering)
    {
        var (header, payload, signature) = Jwt.Split(token);
        switch (tampering)
        {
            case "alg-none-no-signature":
                header["alg"] = "none";
                return Jwt.Join(header, payload, "");
            case "alg-none-with-signature":
                header["alg"] = "none";
                return Jwt.Join(header, payload, signature);
            case "alg-hs256":
                header["alg"] = "HS256";
                var signingInput = Jwt.Join(header, payload, "").TrimEnd('.');
                using (var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes("guessable")))
                    return signingInput + "." + Jwt.Encode(hmac.ComputeHash(Encoding.ASCII.GetBytes(signingInput)));
            case "stripped-signature":
                return token[..(token.LastIndexOf('.') + 1)];
            case "altered-signature":
                var bytes = Jwt.Decode(signature);
                bytes[^1] ^= 0x01;
                return token[..(token.LastIndexOf('.') + 1)] + Jwt.Encode(bytes);
            case "altered-payload-tenant":
                payload["tenant"] = SecurityTestServer.SecondTenant;
                return Jwt.Join(header, payload, signature);
            case "altered-payload-scope":
                payload["scope"] = "scim.read scim.write";
                return Jwt.Join(header, payload, signature);
            case "altered-payload-exp":
                payload["exp"] = (long)payload["exp"]! + 86400;
                return Jwt.Join(header, payload, signature);
            case "wrong-audience":
                payload["aud"] = "https://other.example/scim/v2";
                return Jwt.Join(header, payload, signature);
            case "changed-character":
                var middle = token.IndexOf('.', StringComparison.Ordinal) + 5;
                return token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
            default:
                throw new ArgumentOutOfRangeException(nameof(tampering), tampering, null);
        }
    }

    [Test]
    public async Task Untampered_token_re_encoded_the_same_way_is_still_accepted()
    {
        // Guards the tampering cases: re-joining header and payload as the server wrote them keeps the signature valid.
        var token = await _server.AccessTokenAsync();
        var (header, payload, signature) = Jwt.Split(token);
        var reply = await _server.GetAsync("/Users", Jwt.Join(header, payload, signature));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Revoked_token_is_refused_and_other_tokens_keep_working()
    {
        var revoked = await _server.AccessTokenAsync();
        var kept = await _server.AccessTokenAsync();
        var before = await _server.GetAsync("/Users", revoked);

        var revocation = await _server.RevokeAsync(revoked);
        var after = await _server.GetAsync("/Users", revoked);
        var other = await _server.GetAsync("/Users", kept);

        Assert.Multiple(() =>
        {
            Assert.That(before.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(revocation, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(after.Headers.WwwAuthenticate.ToString(), Does.Contain("error=\"invalid_token\""));
            Assert.That(other.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Revocation_needs_client_authentication_and_the_owning_client()
    {
        var token = await _server.AccessTokenAsync();
        var wrongSecret = await _server.RevokeAsync(token, SecurityTestServer.ClientId, "nope");
        var otherClient = await _server.RevokeAsync(token, SecurityTestServer.ReadOnlyClientId, SecurityTestServer.ReadOnlyClientSecret);
        var unknownToken = await _server.RevokeAsync("not-a-token-at-all");
        var stillWorks = await _server.GetAsync("/Users", token);

        Assert.Multiple(() =>
        {
            Assert.That(wrongSecret, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(otherClient, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownToken, Is.EqualTo(HttpStatusCode.OK), "RFC 7009 section 2.2: invalid tokens are not an error");
            Assert.That(stillWorks.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Token_expires_after_its_ttl_without_leeway()
    {
        await using var shortLived = await SecurityTestServer.StartAsync(TimeSpan.FromSeconds(2));
        using var response = await shortLived.RequestTokenAsync(SecurityTestServer.ClientId, SecurityTestServer.ClientSecret);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var token = (string)body["access_token"]!;
        var exp = DateTimeOffset.FromUnixTimeSeconds((long)Jwt.Split(token).Payload["exp"]!);

        var fresh = await shortLived.GetAsync("/Users", token);
        var wait = exp - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300);
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
        var expired = await shortLived.GetAsync("/Users", token);
        var renewed = await shortLived.GetAsync("/Users", await shortLived.AccessTokenAsync());

        Assert.Multiple(() =>
        {
            Assert.That((long)body["expires_in"]!, Is.EqualTo(2));
            Assert.That(fresh.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(expired.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(expired.Headers.WwwAuthenticate.ToString(), Does.Contain("error=\"invalid_token\""));
            Assert.That(renewed.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_token_from_another_server_instance_is_refused()
    {
        await using var other = await SecurityTestServer.StartAsync();
        var foreign = await other.AccessTokenAsync();
        var reply = await _server.GetAsync("/Users", foreign);
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void Options_never_print_secrets()
    {
        var client = new ScimConformance.ReferenceServer.OAuthClient("id", "very-secret-value", "t", false);
        var token = new ScimConformance.ReferenceServer.TenantToken("very-secret-token", "t", true);
        Assert.Multiple(() =>
        {
            Assert.That(client.ToString(), Does.Not.Contain("very-secret-value"));
            Assert.That(token.ToString(), Does.Not.Contain("very-secret-token"));
        });
    }

    [Test]
    public async Task Authorization_header_forms_that_are_not_a_bearer_token_are_401()
    {
        foreach (var header in new[] { "Bearer", "Bearer ", "Token " + SecurityTestServer.Token, SecurityTestServer.Token, "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("u:" + SecurityTestServer.Token)) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, _server.Url("/Users"));
            request.Headers.TryAddWithoutValidation("Authorization", header);
            using var response = await _server.Anonymous.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), header.Split(' ')[0]);
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer realm=\"scim\""));
        }
    }

    [Test]
    public async Task Tokens_in_the_query_string_are_not_accepted()
    {
        var jwt = await _server.AccessTokenAsync();
        var withStatic = await _server.GetAsync("/Users?access_token=" + SecurityTestServer.Token, null);
        var withJwt = await _server.GetAsync("/Users?access_token=" + jwt, null);

        Assert.Multiple(() =>
        {
            Assert.That(withStatic.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(withJwt.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(withStatic.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer realm=\"scim\""));
        });
    }

    [Test]
    public async Task Token_is_never_echoed_in_an_error()
    {
        var reply = await _server.GetAsync("/Users", SecurityTestServer.Token + "x");
        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(reply.Raw, Does.Not.Contain(SecurityTestServer.Token));
        });
    }
}
