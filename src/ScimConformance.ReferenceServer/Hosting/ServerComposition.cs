using System.Text;
using ScimConformance.ReferenceServer.Bulk;
using ScimConformance.ReferenceServer.Discovery;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Resources;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Hosting;

/// <summary>Wires the pieces of one server: services, middleware order and endpoints.</summary>
internal sealed class ServerComposition
{
    public ServerComposition(ReferenceServerOptions options)
    {
        Defects = new DefectSwitches(options.Defects);
        Database = new ScimDatabase(options.DbPath);
        var renderer = new ResourceRenderer(Defects);
        Lists = new ListResponse(Defects);
        Users = new ResourceService(new UserRules(Registry.User, Defects), Registry.Group, Database, renderer, Lists, Defects, TimeProvider.System);
        Groups = new ResourceService(new GroupRules(Registry.Group, Defects), Registry.Group, Database, renderer, Lists, Defects, TimeProvider.System);
        Token = Encoding.UTF8.GetBytes(options.Token!);
        ResponseDelay = options.ResponseDelay;
    }

    private TimeSpan ResponseDelay { get; }

    public DefectSwitches Defects { get; }
    public ScimDatabase Database { get; }
    public SchemaRegistry Registry { get; } = new();
    public ListResponse Lists { get; }
    public ResourceService Users { get; }
    public ResourceService Groups { get; }
    private byte[] Token { get; }

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton(Defects);
        services.AddSingleton<ScimResponseWriter>();
        services.AddSingleton<ErrorHandling>();
        services.AddSingleton(new BearerAuthentication(Token));
    }

    public void Configure(WebApplication app)
    {
        var errors = app.Services.GetRequiredService<ErrorHandling>();
        var authentication = app.Services.GetRequiredService<BearerAuthentication>();
        if (ResponseDelay > TimeSpan.Zero)
        {
            app.Use(async (context, next) =>
            {
                await Task.Delay(ResponseDelay, context.RequestAborted);
                await next(context);
            });
        }

        app.Use(errors.InvokeAsync);
        app.Use(authentication.InvokeAsync);

        var scim = app.MapGroup(ScimUrls.BasePath);
        ResourceEndpoints.Map(scim, Users, Defects);
        ResourceEndpoints.Map(scim, Groups, Defects);
        DiscoveryEndpoints.Map(scim, Registry, Lists, Defects);
        RootSearch.Map(scim, Database, Lists, Users, Groups);

        var writer = app.Services.GetRequiredService<ScimResponseWriter>();
        BulkEndpoint.Map(scim, new BulkProcessor([Users, Groups], writer, Defects), Defects);

        // RFC 7644 section 3.11: an unsupported feature answers 501 rather than 404.
        scim.Map("/Me", Refuse(new ScimException(StatusCodes.Status501NotImplemented, null, "The /Me alias is not supported.")));

        AdminEndpoints.Map(app, Database);
        app.MapFallback(Refuse(ScimException.NotFound("The requested endpoint does not exist.")));
    }

    private static RequestDelegate Refuse(ScimException error) => _ => throw new ScimException(error.Status, error.ScimType, error.Message);
}
