using System.Diagnostics;
using System.Text.Json;
using ScimConformance.Core.Redaction;

namespace ScimConformance.Core.Http;

public sealed partial class ScimClient
{
    private HttpClient _http = null!;
    private string _baseUrl = "";

    /// <summary>The journal's redactor (the run's only one); grows as the auth provider obtains tokens.</summary>
    public Redactor Redactor => Journal.Redactor;

    private void Init()
    {
        var baseUrl = Settings.BaseUrl.GetLeftPart(UriPartial.Path);
        _baseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        Redactor.AddSecrets(Settings.Secrets.Concat(Auth.Secrets));
        var handler = new BodyCapHandler(Settings.MaxBodyBytes) { InnerHandler = HttpHandlerFactory.Create(Settings) };
        // HttpClient directly, not RestSharp: measured on loopback, RestSharp's layer cost about 0.1 ms per request,
        // three quarters of the harness's overhead. The timeout is enforced per request below, with its own message.
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("scimconf/" + typeof(ScimClient).Assembly.GetName().Version?.ToString(3));
    }

    /// <summary>
    /// Sends one request and returns whatever status the endpoint answered (3xx included: redirects are
    /// never followed). Throws <see cref="ScimTransportException"/> when no answer arrives.
    /// </summary>
    public async Task<ScimResponse> SendAsync(ScimRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendRetryingDroppedAsync(request, ct).ConfigureAwait(false);
        // 429 Too Many Requests (RFC 6585 §4): the whole run pauses as asked, then this request goes again; every attempt
        // is recorded. The check sees the 429 only when the endpoint asks for longer than the bounds allow.
        var waited = TimeSpan.Zero;
        while (response.Status == 429)
        {
            var wait = RateLimit.WaitFor(response, DateTimeOffset.UtcNow);
            if (wait is null || waited + wait.Value > RateLimit.MaxTotalWait) break;
            waited += wait.Value;
            Pacer.PauseFor(wait.Value);
            response = await SendRetryingDroppedAsync(request, ct).ConfigureAwait(false);
        }

        return response;
    }

    /// <summary>
    /// Sends once, and a safe request once more when the server dropped the connection without answering: a kept-alive
    /// connection the server closed between requests is the client's to retry (RFC 9110 §9.2.2), not the endpoint's
    /// failure to answer. Both attempts are recorded; an unsafe request is never sent twice.
    /// </summary>
    private async Task<ScimResponse> SendRetryingDroppedAsync(ScimRequest request, CancellationToken ct)
    {
        try
        {
            return await SendOnceAsync(request, ct).ConfigureAwait(false);
        }
        catch (ScimTransportException e) when (IsSafe(request.Method) && e.InnerException is { } cause && TransportErrors.ConnectionDropped(cause))
        {
            return await SendOnceAsync(request, ct).ConfigureAwait(false);
        }
    }

    private async Task<ScimResponse> SendOnceAsync(ScimRequest request, CancellationToken ct)
    {
        if (_checksStopped && Run.CurrentTest.Id is not null) throw new RunInterruptedException();
        var uri = ResolveUri(request);
        if (Settings.ReadOnly && !IsSafe(request.Method))
        {
            // The guard sits here, below every suite, so no check (or bug in one) can write in a read-only run.
            throw Fail(request, uri, [], new EvidenceBody.Captured(null, null, null), DateTimeOffset.UtcNow, TimeSpan.Zero,
                $"refused by --read-only: this run never sends {request.Method.Method}", null);
        }

        await Pacer.WaitTurnAsync(ct).ConfigureAwait(false);
        using var message = new HttpRequestMessage(request.Method, uri);
        var sentHeaders = new List<KeyValuePair<string, string>>();
        var contentHeaders = new List<KeyValuePair<string, string>>();
        void AddHeader(string name, string value)
        {
            // Without validation: security checks send malformed Authorization headers on purpose.
            message.Headers.Remove(name);
            if (!message.Headers.TryAddWithoutValidation(name, value)) contentHeaders.Add(new(name, value));
            sentHeaders.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
            sentHeaders.Add(new(name, value));
        }

        AddHeader("Accept", ScimUris.MediaType);
        if (request.Authenticate && await Auth.GetAuthorizationAsync(ct).ConfigureAwait(false) is { } authorization)
        {
            Redactor.AddSecrets(Auth.Secrets);
            AddHeader("Authorization", authorization);
        }
        foreach (var header in request.Headers)
        {
            if (string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)) continue;
            AddHeader(header.Key, header.Value);
        }
        // A padded body is written as it is sent; the evidence keeps its head, size and digest.
        var sent = request.Padded?.Capture() ?? new EvidenceBody.Captured(request.RawBody ?? request.Json?.ToJsonString(JsonOptions), null, null);
        var body = sent.Text;
        if (body is not null)
        {
            var contentType = request.Headers.FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value
                ?? request.ContentType;
            message.Content = request.Padded?.ToContent() ?? new StringContent(body);
            // Exactly as given (no charset added): content-type handling is what some checks probe.
            message.Content.Headers.Remove("Content-Type");
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            foreach (var (name, value) in contentHeaders) message.Content.Headers.TryAddWithoutValidation(name, value);
            sentHeaders.Add(new("Content-Type", contentType));
        }

        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(Settings.Timeout);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException e)
        {
            throw Fail(request, uri, sentHeaders, sent, startedAt, clock.Elapsed, $"no answer within {Settings.Timeout.TotalSeconds:0.#} s (timeout)", e);
        }
        catch (Exception e)
        {
            throw Fail(request, uri, sentHeaders, sent, startedAt, clock.Elapsed, TransportErrors.Describe(e), e);
        }
        clock.Stop();

        using var _ = response;
        var headers = response.Headers.Concat(response.Content.Headers)
            .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)))
            .ToArray();
        Journal.Record(new Exchange
        {
            Method = request.Method.Method,
            Url = uri.AbsoluteUri,
            RequestHeaders = sentHeaders,
            RequestBody = body,
            RequestBodyBytes = sent.Bytes,
            RequestBodySha256 = sent.Sha256,
            Status = (int)response.StatusCode,
            ResponseHeaders = headers,
            ResponseBody = text,
            StartedAt = startedAt,
            Duration = clock.Elapsed,
        });
        var answer = new ScimResponse((int)response.StatusCode, headers, text, uri, clock.Elapsed);
        Pacer.Observe(answer);
        return answer;
    }

    /// <summary>The absolute URL a request goes to: base URL joined with the relative path, plus encoded query values.</summary>
    public Uri ResolveUri(ScimRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.TrimStart('/');
        var url = _baseUrl + path;
        if (request.Query.Count > 0)
        {
            var query = string.Join('&', request.Query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
            url += (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
        }
        return new Uri(url, UriKind.Absolute);
    }

    private ScimTransportException Fail(ScimRequest request, Uri uri, IReadOnlyList<KeyValuePair<string, string>> headers, EvidenceBody.Captured body,
        DateTimeOffset startedAt, TimeSpan elapsed, string cause, Exception? inner)
    {
        var message = Redactor.RedactText($"{request.Method.Method} {Redactor.RedactUrl(uri.AbsoluteUri)} failed: {cause}");
        Journal.Record(new Exchange
        {
            Method = request.Method.Method,
            Url = uri.AbsoluteUri,
            RequestHeaders = headers,
            RequestBody = body.Text,
            RequestBodyBytes = body.Bytes,
            RequestBodySha256 = body.Sha256,
            Error = message,
            StartedAt = startedAt,
            Duration = elapsed,
        });
        // The inner exception is kept for debugging but its text is not part of the message users see.
        return new ScimTransportException(message, inner);
    }

    /// <summary>Methods that do not change the endpoint's state (RFC 9110 §9.2.1).</summary>
    public static bool IsSafe(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    public void Dispose()
    {
        _http?.Dispose();
        (Auth as IDisposable)?.Dispose();
    }
}
