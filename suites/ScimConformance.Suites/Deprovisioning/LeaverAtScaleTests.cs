using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Suites.Scoping;

namespace ScimConformance.Suites.Deprovisioning;

/// <summary>
/// A reorganisation's worth of leavers: 100 users the run creates are deactivated, then deleted, with a
/// little concurrency, as an identity provider's batch would. Reports the throughput of each phase and
/// every user that stayed active, readable or listed.
/// </summary>
// Started first (NUnit dispatches ordered fixtures first; the runner lifts the order to the area): one of the longest
// chains of dependent requests of a run.
[Property(NUnit.Framework.Internal.PropertyNames.Order, 1)]
public sealed class LeaverAtScaleTests : DeprovisioningFixture
{
    public const int Leavers = 100;
    private const int Concurrency = 4;

    [Test]
    [ScimTest("DPR-033", "Leaver at scale: 100 users deactivated then deleted, none left active, readable or listed", Areas.Deprovisioning, Severity.Critical,
        "PSEED-DEPROV-01", "R7644-3.6-01", "R7644-3.6-02", "PSEED-DEPROV-02",
        Remediation = "Deprovision every user of a batch: the ids listed in the message kept access. Check queues, rate limits and partial failures.")]
    public async Task Leaver_at_scale()
    {
        var subject = $"{Leavers} users";
        var created = new ConcurrentBag<(string Id, ScimResponse View)>();
        var createPhase = await PhaseAsync(subject, "create", "POST", Endpoints.Users, Enumerable.Range(0, Leavers).ToArray(), async _ =>
        {
            var response = await PostUserAsync(Run.Data.User());
            if (response.Status == 201 && response.Object.Text("id") is { Length: > 0 } id) created.Add((id, response));
            return response;
        }, r => r.Status == 201, "created");
        Verify.Precondition(created.Count == Leavers, $"only {created.Count} of {Leavers} users could be created ({createPhase.Summary}); the batch cannot be judged.");
        var ids = created.Select(c => c.Id).Order(StringComparer.Ordinal).ToArray();
        var report = new List<string> { createPhase.Summary };
        var problems = new List<(string Requirement, string Message, string? About)>();
        var delays = new List<string>();

        if (ActiveWritable())
        {
            var views = created.ToDictionary(c => c.Id, c => c.View.Object!);
            var deactivate = await PhaseAsync(subject, "deactivate", PatchAdvertised ? "PATCH" : "PUT", Endpoints.Users + "/{id}", ids, id =>
                PatchAdvertised
                    ? Client.PatchAsync(Endpoints.User(id), ReplaceActive(false))
                    : Client.PutAsync(Endpoints.User(id), WithActive(views[id], false)),
                r => r.IsSuccess, "deactivated");
            report.Add(deactivate.Summary);
            var stillActive = await SettleAsync(subject, "confirm inactive", "deactivate-read", ids,
                async id => { var r = await Client.GetAsync(Endpoints.User(id)); return r.Status == 200 && ActiveOf(r.Object) == false; },
                "all inactive", "some still active", delays);
            if (stillActive.Count > 0)
                problems.Add(("PSEED-DEPROV-01", $"{stillActive.Count} of {Leavers} users still not active=false after deactivation: {Sample([.. stillActive])}.", "active"));
        }
        else
        {
            report.Add("deactivation skipped: the User schema offers no writable active attribute");
        }

        var delete = await PhaseAsync(subject, "delete", "DELETE", Endpoints.Users + "/{id}", ids, async id =>
        {
            var response = await Client.DeleteAsync(Endpoints.User(id));
            if (response.IsSuccess) Run.Ledger.Forget(Endpoints.User(id));
            return response;
        }, r => r.IsSuccess, "deleted");
        report.Add(delete.Summary);
        var stillReadable = await SettleAsync(subject, "confirm 404", "delete-read", ids,
            async id => (await Client.GetAsync(Endpoints.User(id))).Status == 404, "all 404", "some still readable", delays);
        if (stillReadable.Count > 0)
            problems.Add(("R7644-3.6-01", $"{stillReadable.Count} of {Leavers} users still readable after DELETE: {Sample([.. stillReadable])}.", null));

        if (FilterAdvertised)
        {
            // The leavers by the narrowest construct the target accepts: sw on the prefix, else eq joined by or, 20 names a request.
            var names = created.Select(c => c.View.Object.Text("userName")).OfType<string>().ToArray();
            var listed = new List<string>();
            ScimResponse response = null!;
            var at = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var filters = RunScopedFilters.SelectAll(Run.Scope, "userName", Run.Prefix, names);
            foreach (var each in filters)
            {
                (response, var found) = await UserIdsAsync(each);
                listed.AddRange(found);
                if (response.Status != 200) break;
            }
            var filter = filters.Count == 1 ? filters[0] : $"{filters[0]} (and {filters.Count - 1} more filters of the same shape)";
            var stillListed = ids.Intersect(listed).ToArray();
            LifecycleTimeline.Batch(subject, "confirm unlisted", "GET", $"{Endpoints.Users}?filter={filter}", at, Leavers, clock.Elapsed,
                response.Status, stillListed.Length == 0 ? "none listed" : $"{stillListed.Length} still listed", stillListed.Length == 0 && response.Status == 200);
            Verify.Precondition(response.Status == 200, $"the run-scoped list GET {response.RequestUri} answered {Describe(response)}.");
            if (stillListed.Length > 0)
                problems.Add(("R7644-3.6-02", $"{stillListed.Length} of {Leavers} deleted users still listed by {filter}: {Sample(stillListed)}.", null));
        }

        var summary = string.Join("; ", report);
        foreach (var (requirement, message, about) in problems)
        {
            if (about is not null) Verify.About("User", about);
            Verify.That(false, requirement, $"{message} ({summary})");
        }
        Verify.That(delays.Count == 0, "PSEED-DEPROV-02", $"not every effect was visible to the next request: {string.Join("; ", delays)} ({summary})");
        Assert.Pass($"{Leavers} leavers deprovisioned: {summary}.");
    }

    private static bool ActiveWritable()
    {
        if (Run.Discovery.Schemas.Count == 0) return true;
        return Run.Discovery.Attribute(Core.ScimUris.User, "active") is { Mutability: not ("readOnly" or "immutable") };
    }

    private sealed record Phase(string Summary);

    /// <summary>Runs one request per item with modest concurrency and notes the phase (count, time, throughput, statuses) on the timeline.</summary>
    private static async Task<Phase> PhaseAsync<T>(string subject, string action, string method, string path, IReadOnlyList<T> items,
        Func<T, Task<ScimResponse>> send, Func<ScimResponse, bool> good, string outcome)
    {
        var answers = new ConcurrentBag<(int Status, bool Good)>();
        var at = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (item, _) =>
        {
            var response = await send(item);
            answers.Add((response.Status, good(response)));
        });
        clock.Stop();
        var answered = answers.Select(a => a.Status).ToArray();
        var bad = answers.Count(a => !a.Good);
        var common = answered.GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;
        var rate = items.Count / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var mix = string.Join(", ", answered.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Count()}\u00d7{g.Key}"));
        var summary = string.Create(CultureInfo.InvariantCulture, $"{action} {items.Count} in {clock.Elapsed.TotalSeconds:0.00} s ({rate:0} /s; {mix})");
        LifecycleTimeline.Batch(subject, action, method, path, at, items.Count, clock.Elapsed, common,
            bad == 0 ? $"{items.Count} {outcome}" : $"{items.Count - bad} {outcome}, {bad} refused", bad == 0, note: summary);
        return new Phase(summary);
    }

    /// <summary>Checks every id, then keeps re-checking those that do not show the effect yet, within the propagation bound.</summary>
    private static async Task<IReadOnlyList<string>> SettleAsync(string subject, string action, string kind, string[] ids,
        Func<string, Task<bool>> shows, string good, string bad, List<string> delays)
    {
        var remaining = ids.ToList();
        var at = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        ScimResponse? last = null;
        var seen = await Propagation.ObserveAsync(kind, async () =>
        {
            var stillBad = new ConcurrentBag<string>();
            await Parallel.ForEachAsync(remaining.ToArray(), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (id, _) =>
            {
                if (!await shows(id)) stillBad.Add(id);
            });
            remaining = stillBad.Order(StringComparer.Ordinal).ToList();
            last = await Client.GetAsync(remaining.Count > 0 ? Endpoints.User(remaining[0]) : Endpoints.User(ids[0]));
            return last;
        }, _ => remaining.Count == 0);
        clock.Stop();
        if (seen.Shown && !seen.Immediate)
            delays.Add(string.Create(CultureInfo.InvariantCulture, $"{action}: all {ids.Length} only after {seen.Delay.TotalSeconds:0.0} s"));
        LifecycleTimeline.Batch(subject, action, "GET", Endpoints.Users + "/{id}", at, ids.Length, clock.Elapsed, last?.Status,
            remaining.Count == 0 ? good : $"{bad}: {remaining.Count}", remaining.Count == 0,
            seen.Shown ? seen.Delay : null, seen.Immediate ? null : seen.Describe());
        return remaining;
    }

    private static string Sample(string[] ids) =>
        string.Join(", ", ids.Take(10)) + (ids.Length > 10 ? $" and {ids.Length - 10} more" : "");
}
