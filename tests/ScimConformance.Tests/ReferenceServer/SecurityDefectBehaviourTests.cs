using System.Net;
using System.Net.Http.Headers;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>Each security defect switch plants exactly its bug; the correct behaviour is covered by the other Security* tests.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class SecurityDefectBehaviourTests
{
    [Test]
    public void Every_security_defect_is_in_the_catalogue_with_its_checks()
    {
        var names = new[]
        {
            SecurityDefects.AcceptsExpiredTokens, SecurityDefects.AcceptsAlgNone, SecurityDefects.IgnoresJwtSignature, SecurityDefects.AcceptsQueryToken,
            SecurityDefects.NoWwwAuthenticate, SecurityDefects.PlainHttpServesData, SecurityDefects.CrossTenantRead, SecurityDefects.StackTraceInErrors,
            SecurityDefects.Injection500, SecurityDefects.ReadOnlyScopeIgnored, SecurityDefects.RevokedTokenAccepted, SecurityDefects.NoHsts,
        };
        foreach (var name in names)
        {
            var defect = DefectCatalog.Find(name);
            Assert.That(defect, Is.Not.Null, name);
            // injection-500 fails the filter check its 500 breaks (a MUST); the security check that also sees it only warns,
            // since a server error on hostile input is a SHOULD deviation (docs/verdicts.md).
            var catchers = name == SecurityDefects.Injection500 ? Has.Some.Match("^QRY-[0-9]{3}$") : Has.Some.Match("^SEC-[0-9]{3}$");
            // A SHOULD-level defect names the checks that warn on it instead (docs/verdicts.md).
            Assert.That(defect!.CaughtBy.Concat(defect.WarnedBy), catchers.And.All.Match("^[A-Z]{3}-[0-9]{3}$"), name);
        }
    }

    [Test]
    public async Task Accepts_expired_tokens()
    {
        await using var server = await SecurityTestServer.StartAsync(TimeSpan.FromSeconds(1), SecurityDefects.AcceptsExpiredTokens);
        var token = await server.AccessTokenAsync();
        var exp = DateTimeOffset.FromUnixTimeSeconds((long)Jwt.Split(token).Payload["exp"]!);
        await Task.Delay(exp - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500));

        Assert.That((await server.GetAsync("/Users", token)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("alg-none-no-signature")]
    [TestCase("alg-none-with-signature")]
    public async Task Accepts_alg_none(string tampering)
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.AcceptsAlgNone);
        var token = await server.AccessTokenAsync(SecurityTestServer.ReadOnlyClientId, SecurityTestServer.ReadOnlyClientSecret);
        var forged = SecurityTokenTests.Tamper(token, tampering);
        var altered = SecurityTokenTests.Tamper(token, "altered-payload-scope");

        var forgedReply = await server.GetAsync("/Users", forged);
        var alteredReply = await server.GetAsync("/Users", altered);

        Assert.Multiple(() =>
        {
            Assert.That(forgedReply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(alteredReply.Status, Is.EqualTo(HttpStatusCode.Unauthorized), "RS256 signatures are still checked");
        });
    }

    [TestCase("stripped-signature")]
    [TestCase("altered-signature")]
    [TestCase("altered-payload-scope")]
    public async Task Ignores_jwt_signature(string tampering)
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.IgnoresJwtSignature);
        var forged = SecurityTokenTests.Tamper(await server.AccessTokenAsync(SecurityTestServer.ReadOnlyClientId, SecurityTestServer.ReadOnlyClientSecret), tampering);
        var none = SecurityTokenTests.Tamper(await server.AccessTokenAsync(), "alg-none-no-signature");

        var forgedReply = await server.GetAsync("/Users", forged);
        var noneReply = await server.GetAsync("/Users", none);

        Assert.Multiple(() =>
        {
            Assert.That(forgedReply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(noneReply.Status, Is.EqualTo(HttpStatusCode.Unauthorized), "alg none is a separate defect");
        });
    }

    [Test]
    public async Task Accepts_query_token()
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.AcceptsQueryToken);
        var reply = await server.GetAsync("/Users?access_token=" + SecurityTestServer.Token, null);
        var wrong = await server.GetAsync("/Users?access_token=wrong", null);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(wrong.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task No_www_authenticate()
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.NoWwwAuthenticate);
        var missing = await server.GetAsync("/Users", null);
        var wrong = await server.GetAsync("/Users", "wrong");

        Assert.Multiple(() =>
        {
            Assert.That(missing.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(missing.Headers.WwwAuthenticate, Is.Empty);
            Assert.That(wrong.Headers.WwwAuthenticate, Is.Empty);
        });
    }

    [Test]
    public async Task Plain_http_serves_data()
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.PlainHttpServesData);
        await server.CreateUserAsync("visible-over-http", SecurityTestServer.Token);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Host.PlainHttpUrl + "/Users"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "dummy-credential");
        using var response = await client.SendAsync(request);
        var reply = await ScimReply.ReadAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reply.Raw, Does.Contain("visible-over-http"));
        });
    }

    [Test]
    public async Task Cross_tenant_read()
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.CrossTenantRead);
        var id = await server.CreateUserAsync("tenant-a-secret", SecurityTestServer.Token);
        var read = await server.GetAsync($"/Users/{id}", SecurityTestServer.SecondTenantToken);
        var list = await server.GetAsync("/Users?filter=userName%20eq%20%22tenant-a-secret%22", SecurityTestServer.SecondTenantToken);
        var delete = await server.SendAsync(HttpMethod.Delete, $"/Users/{id}", SecurityTestServer.SecondTenantToken);

        Assert.Multiple(() =>
        {
            Assert.That(read.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((int)list.Object["totalResults"]!, Is.EqualTo(1));
            Assert.That(delete.Status, Is.EqualTo(HttpStatusCode.NotFound), "writes stay scoped: only reads leak");
        });
    }

    [Test]
    public async Task Stack_trace_in_errors()
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.StackTraceInErrors);
        var reply = await server.GetAsync("/Users/does-not-exist", SecurityTestServer.Token);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)reply.Object["detail"], Does.Contain("ScimException").And.Contain("   at "));
        });
    }

    [TestCase("userName eq \"O'Brien\"")]
    [TestCase("userName eq \"' OR '1'='1\"")]
    [TestCase("userName eq \"x\\\"; DROP TABLE resources; --\"")]
    public async Task Injection_500(string filter)
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.Injection500);
        await server.CreateUserAsync("still-here", SecurityTestServer.Token);
        var reply = await server.GetAsync("/Users?filter=" + Uri.EscapeDataString(filter), SecurityTestServer.Token);
        var plain = await server.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName eq \"still-here\""), SecurityTestServer.Token);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That((string?)reply.Object["detail"], Does.Contain("SELECT json FROM resources"));
            Assert.That((int)plain.Object["totalResults"]!, Is.EqualTo(1), "harmless filters still work and nothing was executed");
        });
    }

    [Test]
    public async Task Read_only_scope_ignored()
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.ReadOnlyScopeIgnored);
        var reply = await server.SendAsync(HttpMethod.Post, "/Users", SecurityTestServer.ReadOnlyToken, ScimTestServer.NewUser("written-by-reader"));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Revoked_token_accepted()
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.RevokedTokenAccepted);
        var token = await server.AccessTokenAsync();
        var revocation = await server.RevokeAsync(token);
        var after = await server.GetAsync("/Users", token);

        Assert.Multiple(() =>
        {
            Assert.That(revocation, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task No_hsts()
    {
        await using var server = await SecurityTestServer.StartAsync(null, SecurityDefects.NoHsts);
        var reply = await server.GetAsync("/Users", SecurityTestServer.Token);
        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reply.Headers.Contains("Strict-Transport-Security"), Is.False);
        });
    }
}
