using System.Text;
using ScimConformance.ReferenceServer.Bulk;
using ScimConformance.ReferenceServer.Defects.Seams;
using ScimConformance.ReferenceServer.Discovery;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Resources;
using ScimConformance.ReferenceServer.Resources.Paging;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Security;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Hosting;

/// <summary>Wires the pieces of one server: services, middleware order and endpoints.</summary>
internal sealed class ServerComposition : IDisposable
{
    private readonly ReferenceServerOptions _options;

    public ServerComposition(ReferenceServerOptions options)
    {
        _options = options;
        Defects = new DefectSwitches(options.Defects, options.DefectAsked);
        Database = new ScimDatabase(options.DbPath);
        Registry = new SchemaRegistry(Defects.IsOn(DiscoveryQuirks.MinimalUserSchema) ? DiscoveryQuirks.MinimalUserAttributes : null);
        var renderer = new ResourceRenderer(Defects);
        Lists = new ListResponse(Defects);
        Cursors = new CursorCodec(TimeProvider.System, options.CursorTimeout, Defects);
        Users = new ResourceService(new UserRules(Registry.User, Defects), Registry.Group, Database, renderer, Lists, DefectSeams.For(Defects), Cursors, TimeProvider.System);
        Groups = new ResourceService(new GroupRules(Registry.Group, Defects), Registry.Group, Database, renderer, Lists, DefectSeams.For(Defects), Cursors, TimeProvider.System);
        Tokens = new JwtTokens(options.TokenTtl, TimeProvider.System, Defects);
        Transport = new TransportSecurity(Defects);
        ResponseDelay = options.ResponseDelay;
    }

    private TimeSpan ResponseDelay { get; }

    public DefectSwitches Defects { get; }
    public ScimDatabase Database { get; }
    public SchemaRegistry Registry { get; }
    public ListResponse Lists { get; }
    public CursorCodec Cursors { get; }
    public ResourceService Users { get; }
    public ResourceService Groups { get; }
    public JwtTokens Tokens { get; }
    public TransportSecurity Transport { get; }

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton(Defects);
        services.AddSingleton<ScimResponseWriter>();
        services.AddSingleton<ErrorHandling>();

        // The first static token is the default tenant's full-scope one.
        var staticTokens = new List<(string, Caller)> { (_options.Token!, new Caller(ScimDatabase.DefaultTenant, "static:default", false)) };
        staticTokens.AddRange(_options.TenantTokens.Select((t, i) => (t.Token, new Caller(t.Tenant, $"static:{t.Tenant}:{i + 1}", t.ReadOnly))));
        services.AddSingleton(new BearerAuthentication(staticTokens, Tokens, Defects, _options.Https));
    }

    public void Configure(WebApplication app)
    {
        var errors = app.Services.GetRequiredService<ErrorHandling>();
        var authentication = app.Services.GetRequiredService<BearerAuthentication>();
        if (_options.Https)
        {
            app.Use(Transport.InvokeAsync);
        }

        if (ResponseDelay > TimeSpan.Zero)
        {
            app.Use(async (context, next) =>
            {
                await Task.Delay(ResponseDelay, context.RequestAborted);
                await next(context);
            });
        }

        app.Use(next => EdgeCoverageDefects.LongLivedCookie(next, Defects));
        app.Use(next => UnservedPath.Bare404(next, Defects));
        app.Use(errors.InvokeAsync);
        app.Use(next => ProtocolCoverageDefects.ForeignVersionRefused(next, Defects));
        app.Use(next => EdgeCoverageDefects.UnversionedRefused(next, Defects));
        app.Use(authentication.InvokeAsync);

        var scim = app.MapGroup(ScimUrls.BasePath);
        ResourceEndpoints.Map(scim, Users, Defects);
        ResourceEndpoints.Map(scim, Groups, Defects);
        DiscoveryEndpoints.Map(scim, Registry, Lists, Defects, Cursors.Timeout);
        RootSearch.Map(scim, Database, Lists, Defects, Users, Groups);
        // Literal /scim/v2 routes take precedence over this complex segment, so only other versions land here.
        ResourceEndpoints.Map(app.MapGroup("/scim/v{version:int}").WithMetadata(ForeignVersionRoute.Marker), Users, Defects);
        // RFC 7644 §3.13: a request without the version segment is served as the most recent version, the same resources.
        ResourceEndpoints.Map(app.MapGroup("/scim").WithMetadata(UnversionedRoute.Marker), Users, Defects);

        var writer = app.Services.GetRequiredService<ScimResponseWriter>();
        BulkEndpoint.Map(scim, new BulkProcessor([Users, Groups], writer, Defects), Defects);

        // RFC 7644 section 3.11: an unsupported feature answers 501 rather than 404.
        scim.Map("/Me", Refuse(new ScimException(StatusCodes.Status501NotImplemented, null, "The /Me alias is not supported."))).WithMetadata(UnservedPath.Marker);

        OAuthEndpoints.Map(app, _options.OAuthClients, Tokens, Defects);
        AdminEndpoints.Map(app, Database);
        app.MapFallback(Refuse(ScimException.NotFound("The requested endpoint does not exist."))).WithMetadata(UnservedPath.Marker);
    }

    public void Dispose()
    {
        Database.Dispose();
        Tokens.Dispose();
    }

    private static RequestDelegate Refuse(ScimException error) => _ => throw new ScimException(error.Status, error.ScimType, error.Message);
}
