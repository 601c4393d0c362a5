using System.Globalization;
using System.Net.Security;
using System.Security.Authentication;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Security;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 7644 §7.2/§7.4, RFC 8996, BCP 195, RFC 6797, RFC 6125: the transport protects tokens and data.</summary>
public sealed class TransportTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-040", "The target is served over HTTPS", Areas.Security, Severity.Critical,
        "R7644-7.2-01", "R7644-7.4-02", "P9325-3.2-01", Cwe = "CWE-319",
        Remediation = "Serve the SCIM API only over HTTPS (TLS 1.2+); bearer tokens and identity data must never cross the network in clear text.")]
    public void Target_is_https()
    {
        var target = Run.Settings.BaseUrl;
        if (TargetIsHttps) return;
        if (IsLoopback(target))
        {
            // A loopback target (the bundled demo server, a local build) never leaves this machine: a warning, not a finding.
            Verify.Should(false, "R7644-7.2-01",
                $"the target {target.GetLeftPart(UriPartial.Authority)} is plain http on a loopback address (local test server); a deployed endpoint must use https.");
            return;
        }
        Verify.Must(false, "R7644-7.2-01",
            $"the target {target.GetLeftPart(UriPartial.Authority)} is plain http: bearer tokens and identity data cross the network in clear text.");
    }

    [Test]
    [ScimTest("SEC-041", "The plain-http variant of the endpoint serves no SCIM data", Areas.Security, Severity.Critical,
        "P9325-3.2-01", "R7644-7.2-01", "R7644-7.4-02", Cwe = "CWE-319",
        Remediation = "On port 80 (or any plain-http listener) answer only with a redirect (301/308) to https or refuse the connection; never serve the API over http.")]
    public async Task Plain_http_serves_no_data()
    {
        if (!TargetIsHttps && Inputs.PlainHttpUrl is null)
            Assert.Ignore("Skipped: the target itself is plain http (see SEC-040); set --plain-http-url URL to probe another plain-http address.");
        if (PlainHttpProbe.Variants(Run).Count == 0)
            Assert.Ignore("Skipped: no plain-http address to probe; set --plain-http-url URL.");
        var observations = await PlainHttpProbe.ProbeAsync(Run, Endpoints.Users);
        foreach (var o in observations)
        {
            // Serving the API over plain http is more than the RFC 9325 SHOULD: the provider does not insist on TLS (RFC 7644 §7.2 MUST).
            if (o.ServedData)
                Verify.That(false, "R7644-7.2-01",
                    $"{o.What} at {o.Url.GetLeftPart(UriPartial.Authority)} served SCIM data over plain http ({Describe(o.Response!)}).");
            if (o.Response is { Status: >= 300 and < 400 } redirect && redirect.Header("Location") is { } location)
                Verify.Should(location.StartsWith("https://", StringComparison.OrdinalIgnoreCase), "P9325-3.2-01",
                    $"{o.What} at {o.Url.GetLeftPart(UriPartial.Authority)} redirects to '{location}', not to https.");
        }
    }

    [Test]
    [ScimTest("SEC-042", "TLS 1.0 and TLS 1.1 are refused", Areas.Security, Severity.High,
        "P8996-01", "R7644-7.2-04", Cwe = "CWE-327",
        Remediation = "Disable TLS 1.0 and 1.1 on the listener or load balancer (RFC 8996); allow TLS 1.2 and 1.3 only.")]
    public async Task Legacy_tls_is_refused()
    {
        RequireHttps();
        var notChecked = new List<string>();
        foreach (var (name, protocol) in new[] { ("TLS 1.0", LocalTlsSupport.Tls10), ("TLS 1.1", LocalTlsSupport.Tls11) })
        {
            if (!await LocalTlsSupport.CanNegotiateAsync(protocol, Run.Settings.Timeout))
            {
                notChecked.Add(name);
                continue;
            }
            var result = await HandshakeAsync(protocol);
            Verify.Precondition(result.Connected, $"no TCP connection to {Host}:{Port} for the {name} probe: {result.Failure}");
            Verify.Must(!result.Completed, "P8996-01", $"the endpoint completed a {name} handshake ({result.Negotiated}).");
        }
        if (notChecked.Count > 0)
            Assert.Ignore($"Not checked: this machine's TLS stack cannot offer {string.Join(" or ", notChecked)} (OS/OpenSSL policy), so a refusal by the endpoint could not be told apart from our own; probe from a host that allows them (e.g. testssl.sh).");
    }

    [Test]
    [ScimTest("SEC-043", "TLS 1.2 is offered (and TLS 1.3 reported)", Areas.Security, Severity.High,
        "R7644-7.2-02", "P9325-3.1-01", Cwe = "CWE-326",
        Remediation = "Enable TLS 1.2 (required by RFC 7644 §7.2) and TLS 1.3 (BCP 195) with modern AEAD cipher suites.")]
    public async Task Modern_tls_is_offered()
    {
        RequireHttps();
        if (!await LocalTlsSupport.CanNegotiateAsync(SslProtocols.Tls12, Run.Settings.Timeout))
            Assert.Ignore("Not checked: this machine's TLS stack cannot negotiate TLS 1.2.");
        var tls12 = await HandshakeAsync(SslProtocols.Tls12);
        Verify.Precondition(tls12.Connected, $"no TCP connection to {Host}:{Port}: {tls12.Failure}");
        Verify.Must(tls12.Completed, "R7644-7.2-02", $"a TLS 1.2 handshake with {Host}:{Port} failed: {tls12.Failure}");
        if (!await LocalTlsSupport.CanNegotiateAsync(SslProtocols.Tls13, Run.Settings.Timeout))
        {
            Assert.Pass("TLS 1.2 offered; TLS 1.3 not checked (this machine cannot negotiate it).");
            return;
        }
        var tls13 = await HandshakeAsync(SslProtocols.Tls13);
        Verify.That(tls13.Completed, "P9325-3.1-01", $"TLS 1.2 is offered but TLS 1.3 is not: {tls13.Failure}");
        if (tls13.Completed) Assert.Pass("TLS 1.2 and TLS 1.3 offered.");
    }

    [Test]
    [ScimTest("SEC-044", "HTTPS responses carry Strict-Transport-Security", Areas.Security, Severity.Medium,
        "P6797-7.1-01", "P9325-3.2-01", Cwe = "CWE-319",
        Remediation = "Send `Strict-Transport-Security: max-age=31536000` (at least one day) on every HTTPS response, errors included.")]
    public async Task Hsts_is_present()
    {
        RequireHttps();
        var ok = await Client.GetAsync(Endpoints.Users + "?count=1");
        var error = await AnonymousAsync(HttpMethod.Get, Endpoints.Users);
        foreach (var (what, response) in new[] { ("GET /Users", ok), ("an unauthenticated GET /Users", error) })
        {
            var header = response.Header("Strict-Transport-Security");
            // HSTS is a SHOULD (RFC 6797 §7.1, RFC 9325 §3.2): a provider can insist on TLS without it (SEC-041 judges the plain-http side), so a missing header warns.
            Verify.Should(header is not null, "P6797-7.1-01", $"{what} ({response.Status}) carries no Strict-Transport-Security header, so browsers and clients may be downgraded to plain http.");
            if (header is null) continue;
            var maxAge = MaxAge(header);
            Verify.That(maxAge >= 86400, "P6797-7.1-01", $"{what} sends Strict-Transport-Security '{header}': max-age below one day.");
        }
    }

    [Test]
    [ScimTest("SEC-045", "The certificate chains to a trusted root, matches the host and is in its validity period", Areas.Security, Severity.Critical,
        "P6125-6-01", "R7644-7.2-03", Cwe = "CWE-295",
        Remediation = "Serve a certificate issued by a CA your clients trust, naming the API host in subjectAltName, and renew it before it expires.")]
    public async Task Certificate_is_valid()
    {
        RequireHttps();
        var result = await HandshakeAsync(SslProtocols.None);
        Verify.Precondition(result.Completed && result.Certificate is not null, $"no TLS handshake with {Host}:{Port}: {result.Failure}");
        var errors = CertificateTrust.RemainingErrors(result.Certificate!, result.PolicyErrors, Run.Settings.CaCertPath);
        Verify.Must(errors == SslPolicyErrors.None, "P6125-6-01",
            $"the certificate of {Host} ({result.Certificate!.Subject}, valid {result.Certificate.NotBefore:u} to {result.Certificate.NotAfter:u}) fails validation: {CertificateTrust.Describe(errors)}.");
    }

    [Test]
    [ScimTest("SEC-046", "The certificate does not expire within 30 days", Areas.Security, Severity.Medium,
        "P6125-6-01", Cwe = "CWE-298",
        Remediation = "Automate certificate renewal (e.g. ACME) well before expiry; monitor the days left.")]
    public async Task Certificate_is_not_about_to_expire()
    {
        RequireHttps();
        var result = await HandshakeAsync(SslProtocols.None);
        Verify.Precondition(result.Completed && result.Certificate is not null, $"no TLS handshake with {Host}:{Port}: {result.Failure}");
        var days = (result.Certificate!.NotAfter.ToUniversalTime() - DateTime.UtcNow).TotalDays;
        var text = days.ToString("0", CultureInfo.InvariantCulture);
        Verify.Must(days > 0, "P6125-6-01", $"the certificate expired {(-days).ToString("0", CultureInfo.InvariantCulture)} days ago ({result.Certificate.NotAfter:u}).");
        Verify.Should(days >= 30, "P6125-6-01", $"the certificate expires in {text} days ({result.Certificate.NotAfter:u}).");
        if (days >= 30) Assert.Pass($"The certificate expires in {text} days ({result.Certificate.NotAfter:u}).");
    }

    private static string Host => Run.Settings.BaseUrl.DnsSafeHost;
    private static int Port => Run.Settings.BaseUrl.Port;

    private static Task<TlsHandshakeResult> HandshakeAsync(SslProtocols protocols) =>
        TlsHandshake.TryAsync(Host, Port, protocols, Run.Settings.Timeout);

    private static void RequireHttps()
    {
        if (!TargetIsHttps) Assert.Ignore("Skipped: the target is plain http, so there is no TLS to probe (SEC-040 reports the missing HTTPS).");
    }

    private static long MaxAge(string header)
    {
        foreach (var part in header.Split(';', StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("max-age", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(pair[1].Trim('"'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)) return seconds;
        }
        return -1;
    }
}
