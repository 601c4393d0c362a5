using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace ScimConformance.Core.Security;

/// <summary>What one TLS handshake attempt showed.</summary>
public sealed record TlsHandshakeResult
{
    public bool Connected { get; init; }
    public bool Completed { get; init; }
    public SslProtocols Negotiated { get; init; }
    public X509Certificate2? Certificate { get; init; }
    public SslPolicyErrors PolicyErrors { get; init; }
    public string? Failure { get; init; }
}

/// <summary>
/// Raw TLS handshakes against host:port with a chosen protocol set (for the RFC 8996 / BCP 195 probes and the
/// certificate check). No HTTP request is sent and no credential travels. Certificate errors are recorded, not
/// enforced, so the caller can judge them.
/// </summary>
public static class TlsHandshake
{
    public static async Task<TlsHandshakeResult> TryAsync(string host, int port, SslProtocols protocols, TimeSpan timeout, CancellationToken ct = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync(host, port, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return new TlsHandshakeResult { Failure = "TCP connection failed: " + e.Message };
        }
        X509Certificate2? seen = null;
        var errors = SslPolicyErrors.None;
        // No request and no credential ever travels on this stream: it only records the certificate and its errors for the caller to judge.
#pragma warning disable CA5359
        using var ssl = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, (_, certificate, _, policyErrors) =>
        {
            if (certificate is not null) seen = new X509Certificate2(certificate);
            errors = policyErrors;
            return true;
        });
#pragma warning restore CA5359
        try
        {
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = host,
                EnabledSslProtocols = protocols,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            }, cts.Token).ConfigureAwait(false);
            return new TlsHandshakeResult { Connected = true, Completed = true, Negotiated = ssl.SslProtocol, Certificate = seen, PolicyErrors = errors };
        }
        catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException or NotSupportedException or
                                      System.ComponentModel.Win32Exception && !ct.IsCancellationRequested)
        {
            return new TlsHandshakeResult { Connected = true, Certificate = seen, PolicyErrors = errors, Failure = e.GetType().Name + ": " + e.Message };
        }
    }
}
