using NUnit.Framework;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Http;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Http;

public sealed class TlsTests
{
    private static Task<StubHttpServer> HttpsServer(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) =>
        StubHttpServer.StartAsync(context => StubHttpServer.Respond(context, 200, "application/scim+json", "{}"), certificate);

    private static ScimClient Client(Uri baseUrl, bool insecure = false, string? caCert = null)
    {
        var settings = TestSettings.For(baseUrl) with { Insecure = insecure, CaCertPath = caCert };
        return new ScimClient(settings, AuthProviderFactory.Create(settings), new ExchangeJournal());
    }

    [Test]
    public async Task An_untrusted_certificate_is_a_transport_error_with_advice()
    {
        using var certificate = SelfSignedCertificate.ForLoopback();
        await using var server = await HttpsServer(certificate);
        using var client = Client(server.ScimBase);
        var e = (await Assert.ThrowsAsync<ScimTransportException>(() => client.GetAsync("Users")))!;
        Assert.That(e.Message, Does.Contain("TLS").And.Contain("--ca-cert"));
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    public async Task Insecure_accepts_any_certificate()
    {
        using var certificate = SelfSignedCertificate.ForLoopback();
        await using var server = await HttpsServer(certificate);
        using var client = Client(server.ScimBase, insecure: true);
        Assert.That((await client.GetAsync("Users")).Status, Is.EqualTo(200));
    }

    [Test]
    public async Task A_configured_ca_is_trusted()
    {
        using var certificate = SelfSignedCertificate.ForLoopback();
        await using var server = await HttpsServer(certificate);
        var pem = SelfSignedCertificate.WritePem(certificate, Path.Combine(Path.GetTempPath(), $"scimconf-ca-{Guid.NewGuid():N}.pem"));
        try
        {
            using var client = Client(server.ScimBase, caCert: pem);
            Assert.That((await client.GetAsync("Users")).Status, Is.EqualTo(200));
        }
        finally
        {
            File.Delete(pem);
        }
    }
}
