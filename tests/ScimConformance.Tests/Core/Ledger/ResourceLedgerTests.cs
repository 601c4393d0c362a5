using NUnit.Framework;
using ScimConformance.Core.Ledger;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Ledger;

public sealed class ResourceLedgerTests
{
    /// <summary>A server that answers DELETE /scim/v2/&lt;path&gt; with the status the table names (204 otherwise).</summary>
    private static Task<StubHttpServer> DeleteServer(Dictionary<string, int>? statuses = null) =>
        StubHttpServer.StartAsync(context =>
        {
            var path = context.Request.Path.Value!["/scim/v2/".Length..];
            var status = statuses?.GetValueOrDefault(path) ?? 204;
            return StubHttpServer.Respond(context, status, "application/scim+json", "");
        });

    private static string[] Deleted(StubHttpServer server) =>
        server.Requests.Where(r => r.Method == "DELETE").Select(r => r.PathAndQuery["/scim/v2/".Length..]).ToArray();

    [Test]
    public async Task Deletes_groups_before_users_and_empties_the_ledger()
    {
        await using var server = await DeleteServer();
        using var client = TestSettings.Client(server.ScimBase);
        var ledger = new ResourceLedger();
        ledger.Record("Users/u1", "User", "u1");
        ledger.Record("/Users/u2", "User", "u2");
        ledger.Record("Groups/g1", "Group", "g1");

        var failures = await ledger.CleanupAsync(client, CancellationToken.None);

        Assert.That(failures, Is.Empty);
        // Users are deleted side by side once every group is gone, so their order among themselves is not fixed.
        Assert.That(Deleted(server)[0], Is.EqualTo("Groups/g1"));
        Assert.That(Deleted(server), Is.EquivalentTo(new[] { "Groups/g1", "Users/u2", "Users/u1" }));
        Assert.That(ledger.Entries, Is.Empty);
    }

    [Test]
    public async Task Only_recorded_and_not_forgotten_resources_are_deleted()
    {
        await using var server = await DeleteServer();
        using var client = TestSettings.Client(server.ScimBase);
        var ledger = new ResourceLedger();
        ledger.Record("Users/mine", "User", "mine");
        ledger.Record("Users/deleted-by-test", "User", "deleted-by-test");
        ledger.Forget("/Users/deleted-by-test");

        await ledger.CleanupAsync(client, CancellationToken.None);
        Assert.That(Deleted(server), Is.EqualTo(new[] { "Users/mine" }));
    }

    [Test]
    public async Task Failures_are_reported_and_404_counts_as_gone()
    {
        await using var server = await DeleteServer(new() { ["Users/stuck"] = 500, ["Users/gone"] = 404, ["Users/ok"] = 200 });
        using var client = TestSettings.Client(server.ScimBase);
        var ledger = new ResourceLedger();
        ledger.Record("Users/stuck", "User", "stuck");
        ledger.Record("Users/gone", "User", "gone");
        ledger.Record("Users/ok", "User", "ok");

        var failures = await ledger.CleanupAsync(client, CancellationToken.None);

        Assert.That(failures.Select(f => (f.Id, f.CleanupError)), Is.EqualTo(new[] { ("stuck", (string?)"DELETE Users/stuck answered 500") }));
        Assert.That(ledger.Entries.Single().CleanupError, Is.EqualTo("DELETE Users/stuck answered 500"));
    }

    [Test]
    public async Task A_delete_that_got_no_answer_is_sent_again()
    {
        var attempts = 0;
        await using var server = await StubHttpServer.StartAsync(context =>
        {
            // The first DELETE loses its connection, as when a server closes a pooled connection under a request.
            if (Interlocked.Increment(ref attempts) == 1)
            {
                context.Abort();
                return Task.CompletedTask;
            }
            return StubHttpServer.Respond(context, 204, "application/scim+json", "");
        });
        using var client = TestSettings.Client(server.ScimBase);
        var ledger = new ResourceLedger();
        ledger.Record("Users/u1", "User", "u1");

        var failures = await ledger.CleanupAsync(client, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(Deleted(server), Is.EqualTo(new[] { "Users/u1", "Users/u1" }));
            Assert.That(ledger.Entries, Is.Empty);
        });
    }

    [Test]
    public async Task A_delete_that_never_gets_an_answer_is_left_behind_after_its_attempts()
    {
        await using var server = await StubHttpServer.StartAsync(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        using var client = TestSettings.Client(server.ScimBase);
        var ledger = new ResourceLedger();
        ledger.Record("Users/u1", "User", "u1");

        var failures = await ledger.CleanupAsync(client, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(failures.Select(f => f.Id), Is.EqualTo(new[] { "u1" }));
            Assert.That(Deleted(server), Has.Length.EqualTo(ResourceLedger.DeleteAttempts));
            Assert.That(ledger.Entries.Single().CleanupError, Is.Not.Null.And.Not.Empty);
        });
    }

    [Test]
    public async Task A_second_cleanup_does_not_delete_again()
    {
        await using var server = await DeleteServer();
        using var client = TestSettings.Client(server.ScimBase);
        var ledger = new ResourceLedger();
        ledger.Record("Users/u1", "User", "u1");

        await ledger.CleanupAsync(client, CancellationToken.None);
        var second = await ledger.CleanupAsync(client, CancellationToken.None);

        Assert.That(second, Is.Empty);
        Assert.That(Deleted(server), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task An_unreachable_server_marks_entries_instead_of_throwing()
    {
        var port = await ClosedPort.FindAsync();
        using var client = TestSettings.Client(new Uri($"http://127.0.0.1:{port}/scim/v2"));
        var ledger = new ResourceLedger();
        ledger.Record("Users/u1", "User", "u1");

        var failures = await ledger.CleanupAsync(client, CancellationToken.None);
        Assert.That(failures.Single().CleanupError, Does.Contain("refused"));
    }

    [Test]
    public void Recording_from_many_threads_loses_nothing()
    {
        var ledger = new ResourceLedger();
        Parallel.For(0, 500, i => ledger.Record($"Users/{i}", "User", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(ledger.Entries, Has.Count.EqualTo(500));
    }

    [Test]
    public async Task Records_and_forgets_from_many_threads_lose_nothing()
    {
        // What fixtures running side by side (--parallel) do to the one ledger of a run.
        var ledger = new ResourceLedger();
        await Parallel.ForAsync(0, 4000, (i, _) =>
        {
            ledger.Record($"Users/u{i}", "User", $"u{i}");
            if (i % 4 == 0) ledger.Forget($"Users/u{i}");
            return ValueTask.CompletedTask;
        });

        var recorded = ledger.Entries.Select(e => e.Id).ToHashSet();
        var expected = Enumerable.Range(0, 4000).Where(i => i % 4 != 0).Select(i => $"u{i}").ToHashSet();
        Assert.That(recorded.SetEquals(expected), Is.True, $"{recorded.Count} recorded, {expected.Count} expected");
    }

    [Test]
    public async Task Every_group_is_gone_before_the_first_user_is_deleted_even_when_recorded_in_between()
    {
        await using var server = await DeleteServer();
        using var client = TestSettings.Client(server.ScimBase);
        var ledger = new ResourceLedger();
        for (var i = 0; i < 20; i++)
        {
            ledger.Record($"Users/u{i}", "User", $"u{i}");
            ledger.Record($"Groups/g{i}", "Group", $"g{i}");
        }

        Assert.That(await ledger.CleanupAsync(client, CancellationToken.None), Is.Empty);

        var deleted = Deleted(server);
        Assert.Multiple(() =>
        {
            Assert.That(deleted, Has.Length.EqualTo(40));
            Assert.That(deleted.Take(20), Is.All.StartsWith("Groups/"));
            Assert.That(ledger.Entries, Is.Empty);
        });
    }
}
