using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Core.Http;

/// <summary>
/// The one place that decides how the harness talks TLS and HTTP: no automatic redirects (credentials
/// must never follow a redirect to another host), no cookie jar (tests must not leak state into each
/// other), and certificate validation as configured (default, --insecure, or an extra trusted CA).
/// </summary>
public static class HttpHandlerFactory
{
    public static HttpMessageHandler Create(TargetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = settings.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            // Drop idle connections before common server keep-alive timeouts (Node.js closes after 5 s): reusing one
            // the server is closing at that moment gives "connection reset" on a request the target never saw.
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(3),
        };
        if (settings.Insecure || settings.CaCertPath is not null)
        {
            var extraRoots = settings.CaCertPath is null ? null : LoadCertificates(settings.CaCertPath);
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                    Accept(settings.Insecure, extraRoots, certificate as X509Certificate2, chain, errors),
            };
        }
        return handler;
    }

    private static bool Accept(bool insecure, X509Certificate2Collection? extraRoots, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None || insecure) return true;
        // A private CA only fixes chain trust; a wrong host name or a missing certificate stays an error.
        if (extraRoots is null || certificate is null || errors != SslPolicyErrors.RemoteCertificateChainErrors) return false;
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(extraRoots);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
            foreach (var element in chain.ChainElements) custom.ChainPolicy.ExtraStore.Add(element.Certificate);
        return custom.Build(certificate);
    }

    private static X509Certificate2Collection LoadCertificates(string path)
    {
        try
        {
            var collection = new X509Certificate2Collection();
            var text = File.ReadAllText(path);
            if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
                collection.ImportFromPem(text);
            else
                collection.Add(X509CertificateLoader.LoadCertificateFromFile(path));
            if (collection.Count == 0) throw new ConfigurationException($"caCert file '{path}' holds no certificate.");
            return collection;
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new ConfigurationException($"caCert file '{path}' is not a PEM or DER certificate: {e.Message}", e);
        }
    }
}
