using Microsoft.AspNetCore.Http;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// A read-only pass-through proxy on 127.0.0.1 in front of another server: every request is recorded in
/// <see cref="StubHttpServer.Requests"/>, so a test can count on the wire which methods a run really sent.
/// GET, HEAD and OPTIONS are forwarded; any other method is recorded and answered 405 without reaching the
/// server behind, so a faulty run can neither hide a write nor damage the data behind the proxy.
/// </summary>
internal static class CountingProxy
{
    private static readonly HashSet<string> HopByHop = new(
        ["Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host", "Content-Length"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts a proxy to the server at <paramref name="upstreamRoot"/> (e.g. http://127.0.0.1:5000/).</summary>
    public static Task<StubHttpServer> StartAsync(Uri upstreamRoot, HttpClient http) =>
        StubHttpServer.StartAsync(async context =>
        {
            if (context.Request.Method is not ("GET" or "HEAD" or "OPTIONS"))
            {
                await StubHttpServer.Respond(context, 405, "text/plain", "the counting proxy forwards only GET, HEAD and OPTIONS");
                return;
            }

            var target = new Uri(upstreamRoot, context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString);
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), target);
            foreach (var header in context.Request.Headers.Where(h => !HopByHop.Contains(h.Key)))
                request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            using var response = await http.SendAsync(request, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers.Concat(response.Content.Headers).Where(h => !HopByHop.Contains(h.Key)))
                context.Response.Headers[header.Key] = header.Value.ToArray();
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        });
}
