using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ScimConformance.Core.Security;

/// <summary>
/// Judges a server certificate the way the harness's HTTP client does: the platform's trust store, plus the
/// private CA given with --ca-cert for chain trust only (a wrong host name stays an error).
/// </summary>
public static class CertificateTrust
{
    public static SslPolicyErrors RemainingErrors(X509Certificate2 certificate, SslPolicyErrors errors, string? caCertPath)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (caCertPath is null || (errors & SslPolicyErrors.RemoteCertificateChainErrors) == 0) return errors;
        var roots = new X509Certificate2Collection();
        var text = File.ReadAllText(caCertPath);
        if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)) roots.ImportFromPem(text);
        else roots.Add(X509CertificateLoader.LoadCertificateFromFile(caCertPath));
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate) ? errors & ~SslPolicyErrors.RemoteCertificateChainErrors : errors;
    }

    public static string Describe(SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return "none";
        var parts = new List<string>();
        if ((errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0) parts.Add("no certificate presented");
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0) parts.Add("certificate does not match the host name");
        if ((errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0) parts.Add("chain not trusted or a certificate in it is invalid (expired, not yet valid, untrusted root)");
        return string.Join("; ", parts);
    }
}
