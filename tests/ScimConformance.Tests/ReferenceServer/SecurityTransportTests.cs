using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

[TestFixture]
[Category("ReferenceServer")]
public sealed class SecurityTransportTests
{
    private SecurityTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await SecurityTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Https_base_url_is_served_with_a_certificate_chaining_to_the_written_ca()
    {
        X509Certificate2? presented = null;
        using var client = _server.NewClient(ssl => ssl.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
        {
            presented = certificate is null ? null : new X509Certificate2(certificate);
            return _server.Trusted(certificate, errors);
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Url("/Users"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SecurityTestServer.Token);
        using var response = await client.SendAsync(request);

        var names = presented!.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(_server.Host.BaseUrl.Scheme, Is.EqualTo("https"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(File.ReadAllText(_server.Host.CaCertificatePath!), Does.StartWith("-----BEGIN CERTIFICATE-----"));
            Assert.That(names.EnumerateIPAddresses(), Does.Contain(IPAddress.Loopback));
            Assert.That(names.EnumerateDnsNames(), Does.Contain("localhost"));
            Assert.That((presented.NotAfter - presented.NotBefore).TotalDays, Is.InRange(89.9, 90.1));
            Assert.That(presented.NotAfter, Is.GreaterThan(DateTime.Now.AddDays(89)));
        });
    }

    [Test]
    public async Task A_client_that_does_not_trust_the_ca_cannot_connect()
    {
        // The platform's own validation (no extra trust): the private CA is unknown, so the handshake must fail.
        await Assert.ThatAsync(() => HandshakeAsync(_server.Host.BaseUrl, SslProtocols.None, (_, errors) => errors == SslPolicyErrors.None),
            Throws.InstanceOf<AuthenticationException>());
    }

    [Test]
    public async Task The_written_ca_does_not_vouch_for_another_host_name()
    {
        // Trusting the CA fixes the chain only: asking for a name the certificate does not carry still fails.
        await Assert.ThatAsync(async () =>
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(_server.Host.BaseUrl.Host, _server.Host.BaseUrl.Port);
            await using var ssl = new SslStream(tcp.GetStream(), false, (_, certificate, _, errors) => _server.Trusted(certificate, errors));
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "scim.example.org" });
        }, Throws.InstanceOf<AuthenticationException>());
    }

    [TestCase("/Users")]
    [TestCase("/ServiceProviderConfig")]
    [TestCase("/Nowhere")]
    public async Task Every_https_answer_carries_hsts(string path)
    {
        var authenticated = await _server.GetAsync(path, SecurityTestServer.Token);
        var anonymous = await _server.GetAsync(path, null);

        Assert.Multiple(() =>
        {
            Assert.That(authenticated.Headers.GetValues("Strict-Transport-Security").Single(), Is.EqualTo("max-age=31536000"));
            Assert.That(anonymous.Headers.GetValues("Strict-Transport-Security").Single(), Is.EqualTo("max-age=31536000"));
        });
    }

    [TestCase("GET", "/Users?filter=userName%20pr")]
    [TestCase("GET", "/ServiceProviderConfig")]
    [TestCase("POST", "/Users")]
    [TestCase("DELETE", "/Users/some-id")]
    public async Task Plain_http_only_redirects_to_the_same_path_on_https_and_serves_no_data(string method, string path)
    {
        await _server.CreateUserAsync("plain-http-" + method + path.Length, SecurityTestServer.Token);
        var plain = new Uri(_server.Host.PlainHttpUrl + path);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), plain);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "dummy-credential-for-the-probe");
        if (method == "POST") request.Content = new StringContent("{\"userName\":\"x\"}");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(plain.Scheme, Is.EqualTo("http"));
            Assert.That(plain.Port, Is.Not.EqualTo(_server.Host.BaseUrl.Port));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PermanentRedirect));
            Assert.That(response.Headers.Location, Is.EqualTo(new Uri(_server.Host.BaseUrl + path)));
            Assert.That(body, Is.Empty);
            Assert.That(response.Headers.Contains("WWW-Authenticate"), Is.False);
        });
    }

    [Test]
    public async Task Plain_http_redirect_ignores_the_host_header()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.Host.PlainHttpUrl + "/Users"));
        request.Headers.Host = "attacker.example";
        using var response = await client.SendAsync(request);

        Assert.That(response.Headers.Location!.Host, Is.EqualTo(_server.Host.BaseUrl.Host));
    }

    [TestCase(SslProtocols.Tls12)]
    [TestCase(SslProtocols.Tls13)]
    public async Task Tls12_and_tls13_handshakes_succeed(SslProtocols protocol)
    {
        var negotiated = await HandshakeAsync(_server.Host.BaseUrl, protocol, _server.Trusted);
        Assert.That(negotiated, Is.EqualTo(protocol));
    }

    [Test]
    public async Task Tls11_handshake_is_refused_by_the_server()
    {
        Assert.That(ReferenceServerHost.TlsProtocols, Is.EqualTo(SslProtocols.Tls12 | SslProtocols.Tls13));

        // .NET on OpenSSL 3 will not even send a TLS 1.1 hello (security level 1 forbids it), so the probe uses the
        // openssl tool at security level 0, which does send one; the server must answer with a protocol_version alert.
        var tls11 = await OpenSslHandshakeAsync("-tls1_1");
        if (tls11 is null)
        {
            Assert.Warn("No openssl tool on this machine: only the configured protocols (TLS 1.2 | TLS 1.3) were checked.");
            return;
        }

        var tls12 = await OpenSslHandshakeAsync("-tls1_2");
        Assert.Multiple(() =>
        {
            Assert.That(tls12, Does.Contain("Protocol  : TLSv1.2"), "control: the same tool negotiates TLS 1.2");
            Assert.That(tls11, Does.Contain("alert protocol version"));
            Assert.That(tls11, Does.Contain("no peer certificate available"), "the handshake never got as far as the certificate");
        });
    }

    private async Task<string?> OpenSslHandshakeAsync(string protocolFlag)
    {
        var start = new System.Diagnostics.ProcessStartInfo("openssl")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "s_client", "-connect", $"127.0.0.1:{_server.Host.BaseUrl.Port}", protocolFlag, "-cipher", "DEFAULT:@SECLEVEL=0" })
        {
            start.ArgumentList.Add(argument);
        }

        System.Diagnostics.Process? process;
        try
        {
            process = System.Diagnostics.Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        using (process)
        {
            if (process is null) return null;
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(timeout.Token);
            return await output + await error;
        }
    }

    private static async Task<SslProtocols> HandshakeAsync(Uri url, SslProtocols protocol, Func<X509Certificate?, SslPolicyErrors, bool> trust)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(url.Host, url.Port);
        await using var ssl = new SslStream(tcp.GetStream(), false, (_, certificate, _, errors) => trust(certificate, errors));
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = url.Host, EnabledSslProtocols = protocol });
        return ssl.SslProtocol;
    }
}
