using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ScimConformance.ReferenceServer.Hosting;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer;

/// <summary>A running reference server: Kestrel on Host:Port, SQLite behind it.</summary>
public sealed class ReferenceServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ScimDatabase _database;
    private int _stopped;

    private ReferenceServerHost(WebApplication app, ScimDatabase database, Uri baseUrl)
    {
        _app = app;
        _database = database;
        BaseUrl = baseUrl;
    }

    /// <summary>The SCIM base URL, e.g. http://127.0.0.1:54321/scim/v2 (no trailing slash).</summary>
    public Uri BaseUrl { get; }

    public static async Task<ReferenceServerHost> StartAsync(ReferenceServerOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.Token))
        {
            throw new ArgumentException("A bearer token is required to start the reference server.", nameof(options));
        }

        var composition = new ServerComposition(options);
        try
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ReferenceServerHost).Assembly.GetName().Name });
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
            composition.AddServices(builder.Services);

            var app = builder.Build();
            composition.Configure(app);
            await Seeder.SeedUsersAsync(composition.Users, options.SeedUsers);
            await app.StartAsync(ct);

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var baseUrl = new Uri(address.TrimEnd('/') + ScimUrls.BasePath);
            return new ReferenceServerHost(app, composition.Database, baseUrl);
        }
        catch
        {
            composition.Database.Dispose();
            throw;
        }
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync();
        }
    }

    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    /// <summary>Every stored resource exactly as stored, ordered by type then id.</summary>
    public Task<IReadOnlyList<StoredResource>> SnapshotAsync() => _database.ReadAsync(store => store.Snapshot());

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        _database.Dispose();
    }
}
