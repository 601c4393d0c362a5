using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// A proxy on 127.0.0.1 that forwards every request (with its body) to another server, except the methods it is
/// told to refuse, which it answers with a SCIM 403 error: a stand-in for a tenant that forbids, say, DELETE.
/// </summary>
internal sealed class ForwardingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(
        ["Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host"], StringComparer.OrdinalIgnoreCase);

    private readonly WebApplication _app;
    private readonly HttpClient _http = new();

    private ForwardingProxy(WebApplication app) => _app = app;

    public Uri Root { get; private set; } = null!;

    /// <summary>"METHOD path" of every request received, in arrival order.</summary>
    public ConcurrentQueue<string> Seen { get; } = new();

    public static async Task<ForwardingProxy> StartAsync(Uri upstreamRoot, params string[] refusedMethods)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var proxy = new ForwardingProxy(app);
        app.Run(async context =>
        {
            proxy.Seen.Enqueue(context.Request.Method + " " + context.Request.Path);
            if (refusedMethods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = 403;
                context.Response.ContentType = "application/scim+json";
                await context.Response.WriteAsync("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"403\",\"detail\":\"deletes are disabled for this tenant\"}");
                return;
            }

            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method),
                new Uri(upstreamRoot, context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString));
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            if (body.Length > 0)
            {
                request.Content = new ByteArrayContent(body.ToArray());
                if (context.Request.ContentType is { } type) request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }

            foreach (var header in context.Request.Headers.Where(h => !HopByHop.Contains(h.Key) && !h.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)))
                request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            using var response = await proxy._http.SendAsync(request, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers.Concat(response.Content.Headers).Where(h => !HopByHop.Contains(h.Key)))
                context.Response.Headers[header.Key] = header.Value.ToArray();
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        proxy.Root = new Uri(address.TrimEnd('/') + "/");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }
}
