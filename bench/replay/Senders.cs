using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;

namespace ScimConformance.Bench;

/// <summary>Sends one recorded request and returns the status and the Location of a 201; the caller times it.</summary>
internal interface ISender : IDisposable
{
    string Name { get; }
    Task<(int Status, string? Location)> SendAsync(RecordedRequest request);
}

/// <summary>A bare HttpClient: the least any client has to do.</summary>
internal sealed class BareHttpSender(string token) : ISender
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string Name => "bare HttpClient";

    public async Task<(int Status, string? Location)> SendAsync(RecordedRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        message.Headers.Accept.ParseAdd("application/scim+json");
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            if (request.ContentType is not null && MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) message.Content.Headers.ContentType = type;
        }
        using var response = await _http.SendAsync(message);
        _ = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, response.Headers.Location?.ToString());
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>
/// The harness's own client, as every check uses it: RestSharp, credentials from the auth provider, the body cap,
/// redaction of every exchange and the journal.
/// </summary>
internal sealed class HarnessSender : ISender
{
    private readonly ScimClient _client;
    private readonly ExchangeJournal _journal = new();

    public HarnessSender(Uri baseUrl, string token)
    {
        var settings = new TargetSettings { BaseUrl = baseUrl, Token = token, RunId = "bench000", Seed = 1 };
        _client = new ScimClient(settings, AuthProviderFactory.Create(settings), _journal);
    }

    public string Name => "harness client (ScimClient)";

    public async Task<(int Status, string? Location)> SendAsync(RecordedRequest request)
    {
        var relative = request.Url[_client.Settings.BaseUrl.AbsoluteUri.TrimEnd('/').Length..].TrimStart('/');
        var response = await _client.SendAsync(new ScimRequest(new HttpMethod(request.Method), relative)
        {
            RawBody = request.Body,
            ContentType = request.ContentType ?? "application/scim+json",
        });
        // A run keeps every exchange until its check ends; draining here keeps the replay's memory flat like a run's.
        _journal.Take(ExchangeJournal.RunKey);
        return (response.Status, response.Header("Location"));
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>The harness's HTTP handlers (TLS settings, body cap) under a plain HttpClient, without RestSharp: splits the harness's cost.</summary>
internal sealed class HarnessHandlersSender : ISender
{
    private readonly HttpClient _http;
    private readonly string _token;

    public HarnessHandlersSender(Uri baseUrl, string token)
    {
        var settings = new TargetSettings { BaseUrl = baseUrl, Token = token, RunId = "bench000", Seed = 1 };
        _http = new HttpClient(new BodyCapHandler(settings.MaxBodyBytes) { InnerHandler = HttpHandlerFactory.Create(settings) }) { Timeout = settings.Timeout };
        _token = token;
    }

    public string Name => "harness handlers, no RestSharp";

    public async Task<(int Status, string? Location)> SendAsync(RecordedRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        message.Headers.Accept.ParseAdd("application/scim+json");
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            if (request.ContentType is not null && MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) message.Content.Headers.ContentType = type;
        }
        using var response = await _http.SendAsync(message);
        _ = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, response.Headers.Location?.ToString());
    }

    public void Dispose() => _http.Dispose();
}
