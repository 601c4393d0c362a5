using System.Security.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ScimConformance.ReferenceServer.Hosting;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Security;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer;

/// <summary>A running reference server: Kestrel on Host:Port (HTTP, or HTTPS with an optional redirecting HTTP port), SQLite behind it.</summary>
public sealed class ReferenceServerHost : IAsyncDisposable
{
    /// <summary>The only protocols the HTTPS listener offers (RFC 8996: no TLS 1.0 or 1.1).</summary>
    public const SslProtocols TlsProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;

    private readonly WebApplication _app;
    private readonly ServerComposition _composition;
    private readonly TlsCertificates? _certificates;
    private int _stopped;

    /// <summary>A CA file this host chose itself (in the temp folder), deleted when the host is disposed.</summary>
    private string? _ownCaFile;

    private ReferenceServerHost(WebApplication app, ServerComposition composition, TlsCertificates? certificates, Uri baseUrl, Uri? plainHttpUrl, string? caPath)
    {
        _app = app;
        _composition = composition;
        _certificates = certificates;
        BaseUrl = baseUrl;
        PlainHttpUrl = plainHttpUrl;
        CaCertificatePath = caPath;
    }

    /// <summary>The SCIM base URL, e.g. http://127.0.0.1:54321/scim/v2 or https://... (no trailing slash).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The origin of the server (scheme, host and port), where /oauth/token and /admin live.</summary>
    public Uri Origin => new(BaseUrl.GetLeftPart(UriPartial.Authority));

    /// <summary>With PlainHttpRedirect: the SCIM base URL on the plain-HTTP listener, which only redirects; otherwise null.</summary>
    public Uri? PlainHttpUrl { get; }

    /// <summary>With Https: the file holding the CA certificate (PEM) that clients must trust; otherwise null.</summary>
    public string? CaCertificatePath { get; }

    /// <summary>The OAuth 2.0 token endpoint (client credentials).</summary>
    public Uri TokenUrl => new(Origin, OAuthEndpoints.TokenPath);

    /// <summary>The OAuth 2.0 token revocation endpoint (RFC 7009).</summary>
    public Uri RevocationUrl => new(Origin, OAuthEndpoints.RevokePath);

    public static async Task<ReferenceServerHost> StartAsync(ReferenceServerOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.Token))
        {
            throw new ArgumentException("A bearer token is required to start the reference server.", nameof(options));
        }

        if (options.PlainHttpRedirect && !options.Https)
        {
            throw new ArgumentException("PlainHttpRedirect needs Https.", nameof(options));
        }

        if (options.TokenTtl <= TimeSpan.Zero)
        {
            throw new ArgumentException("TokenTtl must be positive.", nameof(options));
        }

        var composition = new ServerComposition(options);
        TlsCertificates? certificates = null;
        try
        {
            // The empty builder reads no appsettings.json, environment or command line: the demo server is configured by
            // its options alone, whatever folder the harness runs in, and starts without watching config files.
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(ReferenceServerHost).Assembly.GetName().Name });
            builder.WebHost.UseKestrelCore();
            builder.Services.AddRoutingCore();
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
            string? caPath = null;
            if (options.Https)
            {
                certificates = TlsCertificates.Create(options.Host, TimeProvider.System);
                caPath = options.CaCertificatePath ?? Path.Combine(Path.GetTempPath(), $"scimconf-ca-{Guid.NewGuid():N}.pem");
                certificates.WriteAuthority(caPath);
                var server = certificates.Server;
                builder.WebHost.UseKestrelHttpsConfiguration();
                builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https =>
                {
                    https.ServerCertificate = server;
                    https.SslProtocols = TlsProtocols;
                }));
                var urls = new List<string> { $"https://{options.Host}:{options.Port}" };
                if (options.PlainHttpRedirect) urls.Add($"http://{options.Host}:0");
                builder.WebHost.UseUrls([.. urls]);
            }
            else
            {
                builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
            }

            composition.AddServices(builder.Services);

            var app = builder.Build();
            composition.Configure(app);
            await Seeder.SeedUsersAsync(composition.Users, options.SeedUsers);
            await app.StartAsync(ct);

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            var main = addresses.First(a => a.StartsWith(options.Https ? "https:" : "http:", StringComparison.OrdinalIgnoreCase)).TrimEnd('/');
            var plain = options.PlainHttpRedirect ? addresses.First(a => a.StartsWith("http:", StringComparison.OrdinalIgnoreCase)).TrimEnd('/') : null;
            var baseUrl = new Uri(main + ScimUrls.BasePath);
            composition.Transport.HttpsOrigin = main;
            composition.Tokens.Audience = baseUrl.ToString();
            return new ReferenceServerHost(app, composition, certificates, baseUrl, plain is null ? null : new Uri(plain + ScimUrls.BasePath), caPath)
            {
                _ownCaFile = options.Https && options.CaCertificatePath is null ? caPath : null,
            };
        }
        catch
        {
            composition.Dispose();
            certificates?.Dispose();
            throw;
        }
    }

    /// <summary>A token this server signed, valid for <paramref name="lifetime"/>, but for another API's audience: it must be refused.</summary>
    public string IssueTokenForAnotherAudience(string tenant, TimeSpan lifetime) => _composition.Tokens.IssueForAnotherAudience(tenant, lifetime);

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync();
        }
    }

    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    /// <summary>Every stored resource of every tenant exactly as stored, ordered by type then id.</summary>
    public Task<IReadOnlyList<StoredResource>> SnapshotAsync() => _composition.Database.SnapshotAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        _composition.Dispose();
        _certificates?.Dispose();
        if (_ownCaFile is not null)
        {
            File.Delete(_ownCaFile);
        }
    }
}
