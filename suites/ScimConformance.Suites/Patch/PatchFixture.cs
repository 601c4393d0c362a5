using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Core.Patching;

namespace ScimConformance.Suites.Patch;

/// <summary>
/// Shared steps of the PATCH checks: create a run-scoped resource, read it, PATCH it and read it back. The
/// verdict always comes from the read-back (GET), so a server answering 204 No Content is judged exactly like
/// one answering 200 with the resource. Expectations come from the PATCH oracle applied to the GET-before view.
/// </summary>
public abstract class PatchFixture : ScimFixture
{
    protected const string User = "User";
    protected const string Group = "Group";

    protected static PatchOracle Oracle => new(Run.Discovery);

    /// <summary>A fresh run-scoped user as the endpoint stores it (GET after POST).</summary>
    protected static async Task<(string Id, JsonObject View)> NewUserAsync(JsonObject? body = null)
    {
        var id = IdOf(await CreateUserAsync(body));
        return (id, await ReadAsync(Endpoints.User(id)));
    }

    protected static async Task<(string Id, JsonObject View)> NewGroupAsync(JsonObject? body = null)
    {
        var id = IdOf(await CreateGroupAsync(body));
        return (id, await ReadAsync(Endpoints.Group(id)));
    }

    protected static Task<JsonObject> ReadAsync(string path) => ReadSetUpAsync(path, "reading the resource back");

    /// <summary>Sends the PATCH and reads the resource back when it succeeded (After is null when refused).</summary>
    protected static async Task<PatchExchange> PatchAsync(string path, JsonObject body)
    {
        var response = await Client.PatchAsync(path, body);
        var id = path[(path.LastIndexOf('/') + 1)..];
        var answer = PatchResponses.Classify(response, Uri.UnescapeDataString(id));
        var after = response.IsSuccess ? await ReadAsync(path) : null;
        return new PatchExchange(body, response, answer, after);
    }

    /// <summary>
    /// A PATCH the check expects to succeed: anything but 200-with-resource or 204 fails under R7644-3.5.2-10,
    /// naming the request that was refused.
    /// </summary>
    protected static JsonObject Accepted(PatchExchange exchange, string what)
    {
        Verify.That(PatchResponses.IsAccepted(exchange.Answer), "R7644-3.5.2-10",
            () => $"{what}: the valid PATCH {exchange.Request.ToJsonString()} answered {Describe(exchange.Response)} " +
                  $"({Excerpt(exchange.Response.Body)}); expected 200 with the resource or 204 No Content.");
        return exchange.After!;
    }

    /// <summary>What the PATCH oracle says a compliant endpoint stores after applying the request to <paramref name="before"/>.</summary>
    protected static JsonObject Expected(JsonObject before, string resourceType, JsonObject request)
    {
        var outcome = Oracle.Apply(before, resourceType, request);
        Verify.Precondition(outcome.Succeeded,
            $"the PATCH oracle rejects the check's own request {request.ToJsonString()} against the advertised schemas ({outcome.Error?.ScimType}: {outcome.Error?.Reason}).");
        return outcome.Resource!;
    }

    /// <summary>The first difference between the oracle's prediction and the stored resource, ignoring meta and never-returned attributes.</summary>
    protected static string? DifferenceFromOracle(JsonObject before, string resourceType, JsonObject request, JsonObject after) =>
        PatchComparison.Difference(Expected(before, resourceType, request), after, Ignored(resourceType));

    protected static IReadOnlyList<string> Ignored(string resourceType) =>
        [.. PatchComparison.NeverReturned(Run.Discovery, resourceType), "groups"];

    /// <summary>Applies a valid PATCH to a fresh resource and requires the stored result to equal the oracle's.</summary>
    /// <param name="serverDerived">Extra paths the server may fill in on its own (e.g. a manager's displayName), ignored in the comparison.</param>
    protected static async Task VerifyAgainstOracleAsync(string path, string resourceType, JsonObject before, JsonObject request, string requirementId, string what,
        params string[] serverDerived)
    {
        var exchange = await PatchAsync(path, request);
        var after = Accepted(exchange, what);
        var difference = PatchComparison.Difference(Expected(before, resourceType, request), after, [.. Ignored(resourceType), .. serverDerived]);
        Verify.That(difference is null, requirementId,
            () => $"{what}: after PATCH {request.ToJsonString()} (answered {Describe(exchange.Response)}) the resource read back differs from RFC 7644 §3.5.2: {difference}");
    }

    protected static string Excerpt(string body)
    {
        var line = body.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 ? "empty body" : line.Length <= 240 ? line : line[..240] + "...";
    }

    protected static string? ScimTypeOf(ScimResponse response) => response.Object.Text("scimType");

    /// <summary>The email values of a user, by type.</summary>
    protected static IReadOnlyList<JsonObject> Emails(JsonObject user) => user.Array("emails")?.OfType<JsonObject>().ToArray() ?? [];
}

/// <summary>One PATCH: the request, the raw answer, how it reads, and the resource read back afterwards (null when refused).</summary>
public sealed record PatchExchange(JsonObject Request, ScimResponse Response, PatchAnswer Answer, JsonObject? After);
