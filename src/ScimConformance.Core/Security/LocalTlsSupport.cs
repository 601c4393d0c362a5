using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ScimConformance.Core.Security;

/// <summary>
/// Whether this machine's TLS stack can itself negotiate a protocol version: a loopback handshake between
/// a client and a server both limited to that version. When it cannot (OpenSSL builds and policies often
/// disable TLS 1.0/1.1), a failed handshake with the target proves nothing, so the probe reports "not checked".
/// </summary>
public static class LocalTlsSupport
{
    // TLS 1.0/1.1 are named on purpose (by value, as the enum members are obsolete): the probe checks that the target refuses them.
    public const SslProtocols Tls10 = (SslProtocols)0xC0;
    public const SslProtocols Tls11 = (SslProtocols)0x300;

    private static readonly Dictionary<SslProtocols, bool> Cache = [];
    private static readonly Lock Gate = new();

    public static async Task<bool> CanNegotiateAsync(SslProtocols protocol, TimeSpan timeout)
    {
        lock (Gate)
            if (Cache.TryGetValue(protocol, out var known)) return known;
        var result = await TryLoopbackAsync(protocol, timeout).ConfigureAwait(false);
        lock (Gate) Cache[protocol] = result;
        return result;
    }

    private static async Task<bool> TryLoopbackAsync(SslProtocols protocol, TimeSpan timeout)
    {
        using var certificate = CreateCertificate();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var serverSide = Task.Run(async () =>
            {
                using var accepted = await listener.AcceptTcpClientAsync(cts.Token).ConfigureAwait(false);
                using var ssl = new SslStream(accepted.GetStream());
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificate = certificate,
                    EnabledSslProtocols = protocol,
                    ClientCertificateRequired = false,
                }, cts.Token).ConfigureAwait(false);
                return ssl.SslProtocol;
            }, cts.Token);
            var client = await TlsHandshake.TryAsync("127.0.0.1", port, protocol, timeout, cts.Token).ConfigureAwait(false);
            try
            {
                await serverSide.ConfigureAwait(false);
            }
            catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException or NotSupportedException or
                                          System.ComponentModel.Win32Exception or SocketException or CryptographicException)
            {
                return false;
            }
            return client.Completed && (client.Negotiated & protocol) != 0;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or CryptographicException or PlatformNotSupportedException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=scimconf-tls-self-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Export and reload so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
