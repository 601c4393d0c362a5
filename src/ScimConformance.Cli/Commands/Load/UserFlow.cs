using System.Text.Json.Nodes;
using ScimConformance.Core;
using ScimConformance.Core.Data;
using ScimConformance.Core.Http;
using ScimConformance.Core.Ledger;
using ScimConformance.Runner.Model.Latency;

namespace ScimConformance.Cli.Commands.Load;

/// <summary>
/// One user's life as an identity provider drives it: create, look up by userName filter, update,
/// deactivate (active=false), delete. Each created user is in the ledger until its DELETE succeeds.
/// A 429 is waited out (Retry-After, bounded) and retried a few times. A stop (Ctrl-C) never cuts a request
/// in flight, since a POST the endpoint completed but the flow never heard of would leave a user nobody
/// deletes: the flow lets the request finish (bounded by the client timeout), then starts no further step
/// and leaves the deletion to the ledger's cleanup.
/// </summary>
public sealed class UserFlow(ScimClient client, ResourceLedger ledger, TestDataFactory data, LoadRecorder recorder, RateGate gate, bool patch)
{
    public const int MaxAttempts = 5;

    /// <summary>True when every step got the answer it needed.</summary>
    public async Task<bool> RunAsync(CancellationToken stop)
    {
        if (stop.IsCancellationRequested) return false;
        var user = data.User();
        var userName = user["userName"]!.GetValue<string>();
        var created = await SendAsync(LoadStep.Create, new ScimRequest(HttpMethod.Post, "Users") { Json = user }, stop).ConfigureAwait(false);
        if (!Expect(LoadStep.Create, created, 201)) return false;
        if (created!.Object?["id"] is not JsonValue idValue || idValue.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            recorder.Error(LoadStep.Create, "wrong-result", "201 without a string id");
            return false;
        }
        var id = idValue.GetValue<string>();
        var path = "Users/" + Uri.EscapeDataString(id);
        ledger.Record(path, "User", id);

        if (stop.IsCancellationRequested) return false;
        var ok = await LookupAsync(userName, id, stop).ConfigureAwait(false);
        if (stop.IsCancellationRequested) return false;
        ok &= await ModifyAsync(LoadStep.Update, path, user, "displayName", JsonValue.Create(data.Prefix + "updated " + id), stop).ConfigureAwait(false);
        if (stop.IsCancellationRequested) return false;
        ok &= await ModifyAsync(LoadStep.Deactivate, path, user, "active", JsonValue.Create(false), stop).ConfigureAwait(false);
        if (stop.IsCancellationRequested) return false;

        var deleted = await SendAsync(LoadStep.Delete, new ScimRequest(HttpMethod.Delete, path), stop).ConfigureAwait(false);
        if (deleted is { Status: 204 or 200 }) ledger.Forget(path);
        return Expect(LoadStep.Delete, deleted, 204, 200) && ok;
    }

    private async Task<bool> LookupAsync(string userName, string id, CancellationToken ct)
    {
        var filter = "userName eq \"" + userName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var found = await SendAsync(LoadStep.Lookup, new ScimRequest(HttpMethod.Get, "Users") { Query = [new("filter", filter)] }, ct).ConfigureAwait(false);
        if (!Expect(LoadStep.Lookup, found, 200)) return false;
        var resources = found!.Object?["Resources"] as JsonArray;
        var ids = resources?.Select(r => (r as JsonObject)?["id"]?.ToString()).ToArray() ?? [];
        if (ids.Length == 1 && ids[0] == id) return true;
        recorder.Error(LoadStep.Lookup, "wrong-result", $"filter on the new userName found {ids.Length} resource(s), expected exactly the created one");
        return false;
    }

    private async Task<bool> ModifyAsync(LoadStep step, string path, JsonObject user, string attribute, JsonNode value, CancellationToken ct)
    {
        ScimRequest request;
        if (patch)
        {
            var body = new JsonObject
            {
                ["schemas"] = new JsonArray(ScimUris.PatchOp),
                ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = attribute, ["value"] = value.DeepClone() }),
            };
            request = new ScimRequest(HttpMethod.Patch, path) { Json = body };
        }
        else
        {
            // No PATCH advertised: an identity provider falls back to replacing the whole resource.
            user[attribute] = value.DeepClone();
            request = new ScimRequest(HttpMethod.Put, path) { Json = user.DeepClone() };
        }
        return Expect(step, await SendAsync(step, request, ct).ConfigureAwait(false), 200, 204);
    }

    private bool Expect(LoadStep step, ScimResponse? response, params int[] statuses)
    {
        if (response is null) return false;
        if (statuses.Contains(response.Status)) return true;
        recorder.Error(step, "status:" + response.Status, $"{step} answered {response.Status}");
        return false;
    }

    /// <summary>
    /// The final answer (after waiting out 429s), or null when none arrived (recorded as transport/timeout) or
    /// the stop came while waiting for a slot (nothing was sent then). The request itself is not cancellable.
    /// </summary>
    private async Task<ScimResponse?> SendAsync(LoadStep step, ScimRequest request, CancellationToken stop)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await gate.WaitAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return null;
            }
            ScimResponse response;
            try
            {
                response = await client.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
            }
            catch (ScimTransportException e)
            {
                recorder.Unanswered();
                recorder.Error(step, e.Message.Contains("(timeout)", StringComparison.Ordinal) ? "timeout" : "transport", e.Message);
                return null;
            }
            recorder.Answered(step, Percentiles.Milliseconds(response.Elapsed));
            if (response.Status != 429 || attempt == MaxAttempts) return response;
            recorder.Throttle();
            try
            {
                await Task.Delay(RetryAfter.Of(response.Header("Retry-After"), DateTimeOffset.UtcNow), stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return response;
            }
        }
    }
}
