using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Patch;

/// <summary>
/// Differential PATCH testing: random valid PATCH sequences on run-created users (and a group), each step applied
/// by the endpoint and by the harness's PATCH oracle (RFC 7644 §3.5.2); after every step the resource read back
/// must equal the oracle's prediction (meta, never-returned attributes and the readOnly groups aside). A
/// disagreement is replayed on a fresh copy of the starting resource, shrunk, and reported with seed and requests.
/// </summary>
public sealed class GeneratedPatchSequenceTests : PatchFixture
{
    private const int DefaultSequenceCount = 100;
    private const int PoolSize = 3;
    private const int GroupEvery = 5;
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Test]
    [ScimTest("PAT-060", "Random PATCH sequences agree with the RFC 7644 §3.5.2 oracle", Areas.Patch, Severity.High,
        "R7644-3.5.2-06", "R7644-3.5.2-07", "R7644-3.5.2-10", "R7644-3.5.2.1-01", "R7644-3.5.2.1-02", "R7644-3.5.2.2-02",
        "R7644-3.5.2.2-03", "R7644-3.5.2.3-01", "R7644-3.5.2.3-02", "R7644-3.5.2.3-04", "R7644-3.5.2.3-05",
        Needs = [Capability.Patch],
        Remediation = "Apply PATCH as RFC 7644 §3.5.2 defines it: add appends to multi-valued attributes, replace without filter replaces all values, value filters select only matching values, primary stays unique, path-less values name attributes.")]
    public async Task Generated_sequences_match_the_oracle()
    {
        var total = TestContext.Parameters.Get(ParameterNames.GeneratedSequences, DefaultSequenceCount);
        var enterprise = Run.Capabilities.Has(Capability.EnterpriseUser, Run.Discovery);
        var generator = new PatchSequenceGenerator(Run.Seed, Oracle, Run.Prefix, enterprise);
        var users = new List<string>();
        for (var i = 0; i < PoolSize; i++) users.Add(IdOf(await CreateUserAsync()));
        var group = Run.Capabilities.Has(Capability.Groups, Run.Discovery) ? IdOf(await CreateGroupAsync()) : null;
        var steps = 0;

        for (var i = 0; i < total; i++)
        {
            var onGroup = group is not null && i % GroupEvery == GroupEvery - 1;
            var type = onGroup ? Group : User;
            var path = onGroup ? Endpoints.Group(group!) : Endpoints.User(users[i % users.Count]);
            var start = await ReadAsync(path);
            var sequence = onGroup ? generator.NextGroupSequence(start, users) : generator.NextUserSequence(start);
            if (sequence.Count == 0) continue;
            steps += sequence.Count;

            var mismatch = await ReplayAsync(path, type, start, sequence);
            if (mismatch is null) continue;

            var failing = sequence.Take(mismatch.Step + 1).ToArray();
            var minimal = await PatchSequenceShrinker.ShrinkAsync(failing, async candidate => await ReplayFreshAsync(type, start, candidate) is not null);
            var shown = ReferenceEquals(minimal, failing) ? null : await ReplayFreshAsync(type, start, minimal);
            Verify.That(false, "R7644-3.5.2-06", Report(i, total, failing.Length, shown ?? mismatch));
        }

        var note = string.Create(CultureInfo.InvariantCulture,
            $"{total} generated PATCH sequences ({steps} requests, seed {Run.Seed}) left the resources exactly as the oracle predicts.");
        TestContext.Out.WriteLine(note);
        Assert.Pass(note);
    }

    /// <summary>Applies the sequence step by step; the first step whose read-back differs from the oracle, or null.</summary>
    private static async Task<Mismatch?> ReplayAsync(string path, string type, JsonObject start, IReadOnlyList<JsonObject> sequence)
    {
        var expected = start;
        for (var step = 0; step < sequence.Count; step++)
        {
            var request = sequence[step];
            var outcome = Oracle.Apply(expected, type, request);
            // Only a replay on a fresh copy can meet a request the oracle refuses; such a candidate does not reproduce.
            if (!outcome.Succeeded) return null;
            expected = outcome.Resource!;
            var exchange = await PatchAsync(path, request);
            var problem = PatchResponses.IsAccepted(exchange.Answer)
                ? Difference(type, expected, exchange.After!)
                : $"the endpoint answered {Describe(exchange.Response)} ({Excerpt(exchange.Response.Body)}) to a valid request";
            if (problem is not null) return new Mismatch(path, sequence.Take(step + 1).ToArray(), step, problem);
        }
        return null;
    }

    /// <summary>Recreates the starting resource under a new name and replays the sequence on it.</summary>
    private static async Task<Mismatch?> ReplayFreshAsync(string type, JsonObject start, IReadOnlyList<JsonObject> sequence)
    {
        var body = Replacements.Of(start);
        body.Remove("id");
        var unique = Run.Prefix + "replay-" + Run.Data.Token(8);
        if (type == User)
        {
            body["userName"] = unique;
            body.Remove("externalId");
        }
        else body["displayName"] = unique;
        var created = type == User ? await CreateUserAsync(body) : await CreateGroupAsync(body);
        var path = type == User ? Endpoints.User(IdOf(created)) : Endpoints.Group(IdOf(created));
        return await ReplayAsync(path, type, await ReadAsync(path), sequence);
    }

    /// <summary>Users are compared whole; groups by displayName and member ids, since servers add display and $ref to members.</summary>
    private static string? Difference(string type, JsonObject expected, JsonObject actual)
    {
        if (type == User) return Core.Patching.PatchComparison.Difference(expected, actual, Ignored(User));
        if (!string.Equals(expected.Text("displayName"), actual.Text("displayName"), StringComparison.Ordinal))
            return $"displayName was expected to be {expected.Text("displayName")} but is {actual.Text("displayName")}.";
        var want = expected.Values("members").Order(StringComparer.Ordinal).ToArray();
        var got = actual.Values("members").Order(StringComparer.Ordinal).ToArray();
        return want.SequenceEqual(got) ? null : $"members were expected to be [{string.Join(", ", want)}] but are [{string.Join(", ", got)}].";
    }

    private static string Report(int index, int total, int originalLength, Mismatch shown)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"generated PATCH sequence #{index + 1} of {total} (seed {Run.Seed}) disagrees with the oracle at step {shown.Step + 1}: {shown.Problem} ");
        text.Append(CultureInfo.InvariantCulture, $"Minimal failing sequence ({shown.Requests.Count} of {originalLength} requests), replay in order:");
        foreach (var request in shown.Requests)
            text.Append(CultureInfo.InvariantCulture, $" PATCH /{shown.Path} {request.ToJsonString(Readable)};");
        return text.ToString();
    }

    private sealed record Mismatch(string Path, IReadOnlyList<JsonObject> Requests, int Step, string Problem);
}
