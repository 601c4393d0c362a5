using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Http;

namespace ScimConformance.Core.Auth;

/// <summary>
/// The one place the harness talks to an OAuth 2.0 authorization server: form posts authenticated with the client's
/// id and secret (RFC 6749 §2.3.1), for client-credentials token requests (§4.4) and token revocation (RFC 7009).
/// The run's auth provider and the security suite's token checks both send through it; each judges the reply.
/// </summary>
public sealed class OAuthWireClient : IDisposable
{
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly HttpClient _http;

    public OAuthWireClient(Uri tokenUrl, string clientId, string clientSecret, HttpMessageHandler handler, TimeSpan timeout)
    {
        TokenUrl = tokenUrl;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = timeout };
    }

    public Uri TokenUrl { get; }

    public string ClientId => _clientId;

    /// <summary>A client-credentials token request; <paramref name="scope"/> is sent when given.</summary>
    public Task<OAuthReply> RequestTokenAsync(string? scope, CancellationToken ct)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        if (!string.IsNullOrWhiteSpace(scope)) form.Add(new("scope", scope));
        return PostAsync(TokenUrl, form, ct);
    }

    /// <summary>RFC 7009 §2.1 revocation of an access token; 200 means revoked (or unknown to the server).</summary>
    public Task<OAuthReply> RevokeAsync(Uri revocationUrl, string token, CancellationToken ct) =>
        PostAsync(revocationUrl, [new("token", token), new("token_type_hint", "access_token")], ct);

    /// <summary>Posts the form and returns the status and JSON body; throws <see cref="ScimTransportException"/> when no answer arrives.</summary>
    private async Task<OAuthReply> PostAsync(Uri url, IEnumerable<KeyValuePair<string, string>> form, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", BasicCredentials(_clientId, _clientSecret));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            return new OAuthReply((int)response.StatusCode, TryParseObject(body));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new ScimTransportException($"OAuth endpoint {url} could not be reached: {TransportErrors.Describe(e)}");
        }
    }

    /// <summary>The HTTP Basic credentials of a client (RFC 6749 §2.3.1: id and secret are form-url-encoded before they are joined).</summary>
    public static string BasicCredentials(string clientId, string clientSecret) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(clientSecret)));

    private static JsonObject? TryParseObject(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            // Not JSON: the caller judges by status.
            return null;
        }
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>What an OAuth endpoint answered: its status and JSON body (null when the body was not a JSON object).</summary>
public sealed record OAuthReply(int Status, JsonObject? Json)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The access_token member, when it is a non-blank string.</summary>
    public string? AccessToken => Json?["access_token"] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    /// <summary>expires_in, as a number or a numeric string (both occur); null when absent or not positive.</summary>
    public TimeSpan? ExpiresIn
    {
        get
        {
            if (Json?["expires_in"] is not JsonValue value) return null;
            if (value.TryGetValue<double>(out var seconds) && seconds > 0) return TimeSpan.FromSeconds(seconds);
            if (value.TryGetValue<string>(out var text) && double.TryParse(text, CultureInfo.InvariantCulture, out seconds) && seconds > 0)
                return TimeSpan.FromSeconds(seconds);
            return null;
        }
    }

    /// <summary>
    /// The RFC 6749 §5.2 error code, when it is a plain token; only the code is ever echoed into messages, since
    /// error_description may repeat what the client sent.
    /// </summary>
    public string? Error =>
        Json?["error"] is JsonValue v && v.TryGetValue<string>(out var code) && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? code : null;

    /// <summary>" &lt;code&gt;" for <see cref="Error"/>, for messages; empty without one.</summary>
    public string ErrorCode => Error is { } code ? " " + code : "";
}
