using System.Net;
using System.Net.Sockets;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>
/// A pass-through proxy on 127.0.0.1 that turns every successful PATCH answer (200 with the resource) into
/// 204 No Content without a body, unless the request asked for attributes (RFC 7644 §3.5.2 then requires a body):
/// an endpoint that behaves like many identity-provider-facing servers, to prove the PATCH checks accept it.
/// </summary>
internal sealed class NoContentPatchProxy : IAsyncDisposable
{
    private static readonly string[] ForwardedResponseHeaders = ["Content-Type", "Location", "ETag"];
    private readonly HttpListener _listener = new();
    private readonly HttpClient _client = new();
    private readonly Uri _target;
    private readonly Task _loop;
    private int _rewritten;

    public NoContentPatchProxy(Uri target)
    {
        _target = target;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}{target.AbsolutePath.TrimEnd('/')}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>How many PATCH answers were turned into 204.</summary>
    public int Rewritten => Volatile.Read(ref _rewritten);

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            await ForwardAsync(context);
        }
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        var incoming = context.Request;
        using var request = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), new Uri(_target, incoming.Url!.PathAndQuery));
        if (incoming.HasEntityBody)
        {
            using var reader = new MemoryStream();
            await incoming.InputStream.CopyToAsync(reader);
            request.Content = new ByteArrayContent(reader.ToArray());
            if (incoming.ContentType is { } type) request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }
        foreach (var name in incoming.Headers.AllKeys.OfType<string>())
        {
            if (name is "Host" or "Content-Type" or "Content-Length" or "Connection") continue;
            request.Headers.TryAddWithoutValidation(name, incoming.Headers.GetValues(name) ?? []);
        }

        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var outgoing = context.Response;
        var toNoContent = incoming.HttpMethod == "PATCH" && response.StatusCode == HttpStatusCode.OK
            && incoming.QueryString["attributes"] is null && incoming.QueryString["excludedAttributes"] is null;
        if (toNoContent)
        {
            Interlocked.Increment(ref _rewritten);
            outgoing.StatusCode = 204;
            outgoing.Close();
            return;
        }
        outgoing.StatusCode = (int)response.StatusCode;
        foreach (var name in ForwardedResponseHeaders)
        {
            var values = response.Headers.TryGetValues(name, out var h) ? h : response.Content.Headers.TryGetValues(name, out var c) ? c : null;
            if (values is null) continue;
            if (name == "Content-Type") outgoing.ContentType = string.Join(", ", values);
            else outgoing.Headers[name] = string.Join(", ", values);
        }
        outgoing.ContentLength64 = body.Length;
        await outgoing.OutputStream.WriteAsync(body);
        outgoing.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
        _client.Dispose();
    }
}
