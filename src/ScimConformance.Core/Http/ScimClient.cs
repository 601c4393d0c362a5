using System.Text.Json.Nodes;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Core.Http;

/// <summary>
/// The SCIM client every suite uses: sends requests relative to the target's base URL over HttpClient,
/// attaches credentials from the auth provider, caps response bodies, and records every exchange
/// (redacted) in the journal under the current test.
/// </summary>
public sealed partial class ScimClient : IDisposable
{
    public ScimClient(TargetSettings settings, IAuthProvider auth, ExchangeJournal journal)
    {
        Settings = settings;
        Auth = auth;
        Journal = journal;
        Pacer = new RequestPacer(settings.MaxRequestsPerSecond);
        Init();
    }

    private volatile bool _checksStopped;

    public TargetSettings Settings { get; }
    public IAuthProvider Auth { get; }
    public ExchangeJournal Journal { get; }

    /// <summary>Paces every request of the run (--max-rps) and holds them all while the endpoint throttles.</summary>
    public RequestPacer Pacer { get; }

    /// <summary>
    /// From now on a check's request throws <see cref="RunInterruptedException"/> instead of going out, so the
    /// checks still running end at their next request rather than running to completion after Ctrl-C.
    /// Requests made outside checks (the cleanup) still go out.
    /// </summary>
    public void StopChecks() => _checksStopped = true;

    public Task<ScimResponse> GetAsync(string path, CancellationToken ct = default) =>
        SendAsync(new ScimRequest(HttpMethod.Get, path), ct);

    public Task<ScimResponse> PostAsync(string path, JsonNode body, CancellationToken ct = default) =>
        SendAsync(new ScimRequest(HttpMethod.Post, path) { Json = body }, ct);

    public Task<ScimResponse> PutAsync(string path, JsonNode body, CancellationToken ct = default) =>
        SendAsync(new ScimRequest(HttpMethod.Put, path) { Json = body }, ct);

    public Task<ScimResponse> PatchAsync(string path, JsonNode body, CancellationToken ct = default) =>
        SendAsync(new ScimRequest(HttpMethod.Patch, path) { Json = body }, ct);

    public Task<ScimResponse> DeleteAsync(string path, CancellationToken ct = default) =>
        SendAsync(new ScimRequest(HttpMethod.Delete, path), ct);
}
