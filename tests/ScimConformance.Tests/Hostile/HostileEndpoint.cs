using System.Text;
using Microsoft.AspNetCore.Http;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Hostile;

/// <summary>
/// One local server (127.0.0.1) with a misbehaving SCIM endpoint per path: <c>/{scenario}/scim/v2/...</c>.
/// "rate-limited" answers the first request of each path with 429 and then passes requests on to a healthy
/// endpoint (<paramref name="healthyRoot"/>), so the harness can show that it waits and retries.
/// </summary>
internal static class HostileEndpoint
{
    public const string Slow = "slow";
    public const string EndlessBody = "endless-body";
    public const string HugeBody = "huge-body";
    public const string InvalidJson = "invalid-json";
    public const string HtmlError = "html-error";
    public const string WrongContentType = "wrong-content-type";
    public const string RedirectOtherPort = "redirect-other-port";
    public const string RedirectLoop = "redirect-loop";
    public const string Reset = "reset";
    public const string Burst500 = "burst-500";
    public const string RateLimited = "rate-limited";
    public const string NotScim = "not-scim";

    private static readonly byte[] Spaces = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));

    public static Task<StubHttpServer> StartAsync(Uri otherPortRoot, Uri healthyRoot, HttpClient http)
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        return StubHttpServer.StartAsync(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            var scenario = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            var rest = path[(scenario.Length + 1)..];
            var ct = context.RequestAborted;
            switch (scenario)
            {
                case Slow:
                    await Task.Delay(TimeSpan.FromSeconds(60), ct);
                    break;
                case EndlessBody:
                    context.Response.ContentType = "application/scim+json";
                    await context.Response.Body.WriteAsync("{\"schemas\":["u8.ToArray(), ct);
                    // Trickles for at most two minutes, so a harness that never gives up still cannot hang the tests forever.
                    for (var i = 0; i < 1200 && !ct.IsCancellationRequested; i++)
                    {
                        await context.Response.Body.WriteAsync(Spaces.AsMemory(0, 1024), ct);
                        await context.Response.Body.FlushAsync(ct);
                        await Task.Delay(100, ct);
                    }
                    break;
                case HugeBody:
                    context.Response.ContentType = "application/scim+json";
                    await context.Response.Body.WriteAsync("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig\"],\"pad\":\""u8.ToArray(), ct);
                    for (var written = 0L; written < 50L * 1024 * 1024 && !ct.IsCancellationRequested; written += Spaces.Length)
                        await context.Response.Body.WriteAsync(Spaces, ct);
                    await context.Response.Body.WriteAsync("\"}"u8.ToArray(), ct);
                    break;
                case InvalidJson:
                    await StubHttpServer.Respond(context, 200, "application/scim+json", "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig\", \"patch\": {");
                    break;
                case HtmlError:
                    await StubHttpServer.Respond(context, 500, "text/html", "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>");
                    break;
                case WrongContentType:
                    await StubHttpServer.Respond(context, 200, "image/png", "\u0089PNG\r\n\u001a\n not a document");
                    break;
                case RedirectOtherPort:
                    context.Response.StatusCode = 307;
                    context.Response.Headers.Location = new Uri(otherPortRoot, "scim/v2" + rest[(rest.IndexOf("/scim/v2", StringComparison.Ordinal) + 8)..]).ToString();
                    break;
                case RedirectLoop:
                    context.Response.StatusCode = 302;
                    context.Response.Headers.Location = path;
                    break;
                case Reset:
                    context.Abort();
                    break;
                case Burst500:
                    await StubHttpServer.Respond(context, 500, "application/scim+json",
                        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"500\",\"detail\":\"try again later\"}");
                    break;
                case RateLimited when seen.AddOrUpdate(rest, 1, (_, n) => n + 1) == 1:
                    context.Response.Headers.RetryAfter = "1";
                    await StubHttpServer.Respond(context, 429, "application/scim+json",
                        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"429\",\"detail\":\"slow down\"}");
                    break;
                case RateLimited:
                    await ForwardAsync(context, new Uri(healthyRoot, rest.TrimStart('/') + context.Request.QueryString), http);
                    break;
                case NotScim:
                    await StubHttpServer.Respond(context, 200, "application/json", "{\"status\":\"ok\",\"version\":\"3.2.1\",\"items\":[1,2,3]}");
                    break;
                default:
                    await StubHttpServer.Respond(context, 404, "text/plain", "no such scenario");
                    break;
            }
        });
    }

    private static async Task ForwardAsync(HttpContext context, Uri target, HttpClient http)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), target);
        if (context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await http.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
