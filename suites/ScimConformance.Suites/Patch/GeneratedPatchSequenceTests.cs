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
/// Differential PATCH testing: random valid PATCH sequences on run-created users (and groups), each step applied
/// by the endpoint and by the harness's PATCH oracle (RFC 7644 §3.5.2); after every step the resource read back
/// must equal the oracle's prediction (meta, never-returned attributes and the readOnly groups aside). A
/// disagreement is replayed on a fresh copy of the starting resource, shrunk, and reported with seed and requests.
/// </summary>
// Started first (NUnit dispatches ordered fixtures first; the runner lifts the order to the area): one of the longest
// chains of dependent requests of a run.
[Property(NUnit.Framework.Internal.PropertyNames.Order, 1)]
public sealed class GeneratedPatchSequenceTests : PatchFixture
{
    private const int DefaultSequenceCount = 100;
    private const int UserLanes = 8;
    private const int GroupLanes = 2;
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
        var total = SuiteParameters.Get(ParameterNames.GeneratedSequences, DefaultSequenceCount);
        var enterprise = Run.Capabilities.Has(Capability.EnterpriseUser, Run.Discovery);
        var users = new List<string>();
        for (var i = 0; i < UserLanes; i++) users.Add(IdOf(await CreateUserAsync()));
        var groups = new List<string>();
        if (Run.Capabilities.Has(Capability.Groups, Run.Discovery))
            for (var i = 0; i < GroupLanes; i++) groups.Add(IdOf(await CreateGroupAsync()));

        // Each resource is a lane: its sequences run in order, each starting from what the one before left, while the
        // lanes run side by side (against a far-away endpoint one lane of 100 sequences is 800 round trips in a row).
        // Every lane draws from a generator of its own, so what is sent does not depend on how the lanes interleave.
        var lanes = Enumerable.Range(0, total).GroupBy(i => LaneOf(i, users.Count, groups.Count)).ToArray();
        var results = await Task.WhenAll(lanes.Select(lane =>
        {
            var onGroup = lane.Key >= users.Count;
            var path = onGroup ? Endpoints.Group(groups[lane.Key - users.Count]) : Endpoints.User(users[lane.Key]);
            var generator = new PatchSequenceGenerator(unchecked(Run.Seed * 397 + lane.Key), Oracle, Run.Prefix, enterprise);
            return RunLaneAsync(path, onGroup ? Group : User, lane.ToArray(), start => onGroup ? generator.NextGroupSequence(start, users) : generator.NextUserSequence(start));
        }));
        var steps = results.Sum(r => r.Steps);

        // The lowest-numbered disagreement is reported, as a run of one lane after another would have found it first.
        if (results.Select(r => r.Failure).Where(f => f is not null).MinBy(f => f!.Index) is { } first)
        {
            var failing = first.Sequence.Take(first.Mismatch.Step + 1).ToArray();
            var minimal = await PatchSequenceShrinker.ShrinkAsync(failing, async candidate => await ReplayFreshAsync(first.Type, first.Start, candidate) is not null);
            var shown = ReferenceEquals(minimal, failing) ? null : await ReplayFreshAsync(first.Type, first.Start, minimal);
            Verify.That(false, "R7644-3.5.2-06", Report(first.Index, total, failing.Length, shown ?? first.Mismatch));
        }

        var note = string.Create(CultureInfo.InvariantCulture,
            $"{total} generated PATCH sequences ({steps} requests, seed {Run.Seed}) left the resources exactly as the oracle predicts.");
        TestContext.Out.WriteLine(note);
        Assert.Pass(note);
    }

    /// <summary>Sequence i goes to a group lane every <see cref="GroupEvery"/>th time (when groups are there), else to user lane i mod users.</summary>
    private static int LaneOf(int index, int users, int groups) =>
        groups > 0 && index % GroupEvery == GroupEvery - 1 ? users + index / GroupEvery % groups : index % users;

    /// <summary>Runs one lane's sequences in order until the first disagreement with the oracle.</summary>
    private static async Task<LaneResult> RunLaneAsync(string path, string type, int[] indexes, Func<JsonObject, IReadOnlyList<JsonObject>> next)
    {
        var steps = 0;
        foreach (var index in indexes)
        {
            var start = await ReadAsync(path);
            var sequence = next(start);
            if (sequence.Count == 0) continue;
            steps += sequence.Count;
            if (await ReplayAsync(path, type, start, sequence) is { } mismatch)
                return new LaneResult(steps, new LaneFailure(index, type, start, sequence, mismatch));
        }
        return new LaneResult(steps, null);
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

    private sealed record LaneFailure(int Index, string Type, JsonObject Start, IReadOnlyList<JsonObject> Sequence, Mismatch Mismatch);

    private sealed record LaneResult(int Steps, LaneFailure? Failure);
}
