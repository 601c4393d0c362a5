using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ScimConformance.Tests.Support;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 (random port) whose answers a test scripts with one delegate; it
/// records every request it received, so tests can check what the client really sent.
/// </summary>
internal sealed class StubHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StubHttpServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:5123/ (always ends with '/').</summary>
    public Uri Root { get; }

    /// <summary>A SCIM base URL under the root, as a vendor would have it.</summary>
    public Uri ScimBase => new(Root, "scim/v2");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>HttpContext.Items key under which the handler finds the request body the server already read.</summary>
    public const string BodyItem = "stub.body";

    public static async Task<StubHttpServer> StartAsync(Func<HttpContext, Task> handler, X509Certificate2? httpsCertificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (httpsCertificate is null)
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        else
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(httpsCertificate)));
        var app = builder.Build();
        StubHttpServer? server = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            server!.Requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body));
            context.Items[BodyItem] = body;
            await handler(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new StubHttpServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>A server that answers GET requests from a path → (status, content type, body) table, 404 otherwise.</summary>
    public static Task<StubHttpServer> StartAsync(IReadOnlyDictionary<string, (int Status, string ContentType, string Body)> routes) =>
        StartAsync(async context =>
        {
            var key = context.Request.Path.Value ?? "";
            if (routes.TryGetValue(key, out var route))
                await Respond(context, route.Status, route.ContentType, route.Body);
            else
                await Respond(context, 404, "text/plain", "not found");
        });

    public static async Task Respond(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
