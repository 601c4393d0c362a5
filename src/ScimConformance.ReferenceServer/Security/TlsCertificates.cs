using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ScimConformance.ReferenceServer.Security;

/// <summary>
/// A private CA and a server certificate it signs, made fresh at every start and kept in memory: the server
/// presents the leaf, clients trust the CA certificate written as PEM. Keys are ECDSA P-256.
/// </summary>
internal sealed class TlsCertificates : IDisposable
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(90);

    private TlsCertificates(X509Certificate2 authority, X509Certificate2 server)
    {
        Authority = authority;
        Server = server;
    }

    /// <summary>The CA certificate, public part only.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The server certificate with its private key, for 127.0.0.1, ::1, localhost and the configured host.</summary>
    public X509Certificate2 Server { get; }

    public string AuthorityPem => Authority.ExportCertificatePem();

    public static TlsCertificates Create(string host, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=ScimConformance reference server test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        // The CA outlives the leaf by a margin so the leaf's whole validity lies inside the CA's.
        using var ca = caRequest.CreateSelfSigned(now.AddHours(-1), now.Add(Validity).AddDays(1));

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + (IsAddress(host) ? "localhost" : host), serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        if (IPAddress.TryParse(host, out var address))
        {
            if (!IPAddress.IsLoopback(address)) names.AddIpAddress(address);
        }
        else if (!string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            names.AddDnsName(host);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var signed = request.Create(ca, now.AddMinutes(-5), now.Add(Validity), serial);
        var server = signed.CopyWithPrivateKey(serverKey);
        return new TlsCertificates(X509CertificateLoader.LoadCertificate(ca.RawData), server);
    }

    /// <summary>Writes the CA certificate as PEM (readable by others: it is public).</summary>
    public void WriteAuthority(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        File.WriteAllText(path, AuthorityPem);
    }

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
    }

    private static bool IsAddress(string host) => IPAddress.TryParse(host, out _);
}
