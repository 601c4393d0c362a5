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

/// <summary>
/// A plain HttpClient: the least any client has to do. Over the harness's own handlers (TLS settings, body cap)
/// it splits the harness's cost into theirs and the rest of its client.
/// </summary>
internal sealed class BareHttpSender(string token, string name = "bare HttpClient", HttpMessageHandler? handler = null) : ISender
{
    private readonly HttpClient _http = handler is null ? new() { Timeout = TimeSpan.FromSeconds(30) } : new(handler) { Timeout = TimeSpan.FromSeconds(30) };

    public string Name => name;

    /// <summary>The harness's handlers, as ScimClient builds them, under a plain HttpClient.</summary>
    public static BareHttpSender OverHarnessHandlers(Uri baseUrl, string token)
    {
        var settings = new TargetSettings { BaseUrl = baseUrl, Token = token, RunId = "bench000", Seed = 1 };
        return new BareHttpSender(token, "harness handlers under a plain HttpClient",
            new BodyCapHandler(settings.MaxBodyBytes) { InnerHandler = HttpHandlerFactory.Create(settings) });
    }

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

