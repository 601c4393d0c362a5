using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ScimConformance.Bench;

// Usage: RemoteProxy --upstream http://127.0.0.1:PORT/ --port N [--delay-ms D] [--rate R] --log FILE
// Listens on 127.0.0.1:N and forwards every request to the upstream after D milliseconds (a far-away endpoint's round
// trip). With --rate R it answers 429 with Retry-After once more than R requests per second arrive (a token bucket
// of one second's burst). Writes one line per request to FILE: arrival (ms since start), method, path, status.
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
if (!options.TryGetValue("upstream", out var upstreamText) || !options.TryGetValue("port", out var portText) || !options.TryGetValue("log", out var logPath))
{
    Console.Error.WriteLine("usage: RemoteProxy --upstream URL --port N [--delay-ms D] [--rate R] --log FILE");
    return 2;
}
var upstream = new Uri(upstreamText.TrimEnd('/') + "/");
var delay = TimeSpan.FromMilliseconds(double.Parse(options.GetValueOrDefault("delay-ms", "0"), CultureInfo.InvariantCulture));
var bucket = options.TryGetValue("rate", out var rateText) ? new TokenBucket(double.Parse(rateText, CultureInfo.InvariantCulture)) : null;
HashSet<string> hopByHop = new(["Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host"], StringComparer.OrdinalIgnoreCase);
// Content-Length travels on the forwarded content itself; copying it as well would send it twice.
HashSet<string> notCopied = new(hopByHop.Append("Content-Length"), StringComparer.OrdinalIgnoreCase);

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{portText}");
// The harness's oversized-upload check sends 32 MiB; the endpoint behind decides what it accepts, not the proxy.
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
var app = builder.Build();
using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 256 })
{
    Timeout = TimeSpan.FromMinutes(2),
};
var log = new StreamWriter(logPath) { AutoFlush = false };
var gate = new Lock();
var started = System.Diagnostics.Stopwatch.StartNew();

app.Run(async context =>
{
    var arrived = started.Elapsed.TotalMilliseconds;
    var request = context.Request;
    await Task.Delay(delay, context.RequestAborted);
    int status;
    if (bucket is not null && !bucket.TryTake(out var wait))
    {
        status = 429;
        context.Response.StatusCode = 429;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/scim+json";
        await context.Response.WriteAsync("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"429\",\"detail\":\"rate limit\"}");
    }
    else
    {
        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(upstream, request.Path.Value!.TrimStart('/') + request.QueryString));
        if (request.ContentLength > 0 || request.Headers.ContainsKey("Transfer-Encoding"))
        {
            forward.Content = new StreamContent(request.Body);
            if (request.ContentLength is { } length) forward.Content.Headers.ContentLength = length;
        }
        foreach (var header in request.Headers.Where(h => !notCopied.Contains(h.Key)))
            if (!forward.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray()))
                forward.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
        try
        {
            using var response = await http.SendAsync(forward, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
            status = (int)response.StatusCode;
            context.Response.StatusCode = status;
            foreach (var header in response.Headers.Concat(response.Content.Headers).Where(h => !hopByHop.Contains(h.Key)))
                context.Response.Headers[header.Key] = header.Value.ToArray();
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
        catch (HttpRequestException)
        {
            // The endpoint closed the connection mid-upload (an oversized body refused early): the client sees it closed too.
            status = 0;
            context.Abort();
        }
    }
    lock (gate) log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{arrived:0.0} {request.Method} {request.Path} {status}"));
});
app.Lifetime.ApplicationStopping.Register(() =>
{
    lock (gate) log.Flush();
});
await app.RunAsync();
lock (gate) log.Dispose();
return 0;
