using ScimConformance.Core.Http;

namespace ScimConformance.Core.Ledger;

/// <summary>
/// Remembers every resource the run created (by its location) and deletes them in reverse order at the
/// end of the run, after failures and on interruption. Only ids recorded here are ever deleted.
/// </summary>
public sealed class ResourceLedger
{
    private readonly Lock _gate = new();
    private readonly List<LedgerEntry> _entries = [];
    private readonly TimeProvider _clock;

    public ResourceLedger(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    /// <summary>Records a created resource; relativePath is e.g. "Users/abc".</summary>
    public void Record(string relativePath, string resourceType, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var entry = new LedgerEntry(Normalise(relativePath), resourceType, id, _clock.GetUtcNow());
        lock (_gate)
        {
            _entries.RemoveAll(e => e.RelativePath == entry.RelativePath);
            _entries.Add(entry);
        }
    }

    /// <summary>
    /// Records a resource the run did not know it created: a lookup after a create whose answer was not a clean 2xx found
    /// it (<see cref="CreateLookup"/>). <paramref name="foundBy"/> says which answer hid it; cleanup deletes it like any other.
    /// </summary>
    public void RecordFound(string relativePath, string resourceType, string id, string foundBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var entry = new LedgerEntry(Normalise(relativePath), resourceType, id, _clock.GetUtcNow()) { FoundBy = foundBy };
        lock (_gate)
        {
            if (_entries.Exists(e => e.RelativePath == entry.RelativePath)) return;
            _entries.Add(entry);
        }
    }

    /// <summary>Marks a resource deleted by a test, so cleanup does not try again.</summary>
    public void Forget(string relativePath)
    {
        var path = Normalise(relativePath);
        lock (_gate) _entries.RemoveAll(e => e.RelativePath == path);
    }

    /// <summary>What is still recorded, oldest first (entries whose cleanup failed carry <see cref="LedgerEntry.CleanupError"/>).</summary>
    public IReadOnlyList<LedgerEntry> Entries
    {
        get
        {
            lock (_gate) return _entries.ToArray();
        }
    }

    /// <summary>How many deletes of the cleanup are in flight at once.</summary>
    public const int CleanupConcurrency = 8;

    /// <summary>
    /// Deletes everything still recorded: first every resource that is not a User (groups, which hold users, and
    /// anything else), then the users, each wave newest first with <see cref="CleanupConcurrency"/> deletes in flight
    /// (one after another, a far-away endpoint made the cleanup of a full run last longer than its checks).
    /// 200, 204 and 404 mean gone. Returns what could not be deleted; those entries stay recorded with their error, so a
    /// second call tries them again.
    /// </summary>
    public async Task<IReadOnlyList<LedgerEntry>> CleanupAsync(ScimClient client, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        // Two overlapping calls (end of run and Ctrl-C) are harmless: a repeated DELETE answers 404, which counts as gone.
        var failures = new List<LedgerEntry>();
        var newestFirst = Entries.Reverse().ToArray();
        foreach (var wave in new[] { newestFirst.Where(e => e.ResourceType != "User"), newestFirst.Where(e => e.ResourceType == "User") })
        {
            await Parallel.ForEachAsync(wave, new ParallelOptions { MaxDegreeOfParallelism = CleanupConcurrency, CancellationToken = ct }, async (entry, token) =>
            {
                var error = await DeleteAsync(client, entry, token).ConfigureAwait(false);
                lock (_gate)
                {
                    var index = _entries.FindIndex(e => e.RelativePath == entry.RelativePath);
                    if (error is null)
                    {
                        if (index >= 0) _entries.RemoveAt(index);
                        return;
                    }
                    var failed = entry with { CleanupError = error };
                    if (index >= 0) _entries[index] = failed;
                    failures.Add(failed);
                }
            }).ConfigureAwait(false);
        }
        // In the order they were recorded, newest first, whichever delete finished first.
        return [.. failures.OrderBy(f => Array.FindIndex(newestFirst, e => e.RelativePath == f.RelativePath))];
    }

    /// <summary>How many times a DELETE that got no answer at all is sent before the entry counts as left behind.</summary>
    public const int DeleteAttempts = 3;

    private static async Task<string?> DeleteAsync(ScimClient client, LedgerEntry entry, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var error = await DeleteOnceAsync(client, entry, ct).ConfigureAwait(false);
            // A connection the server closed under a pooled request leaves no answer, not a refusal: DELETE is idempotent,
            // so sending it again is safe (a resource the first attempt did delete answers 404, which counts as gone).
            if (error is not { Transport: true } || attempt == DeleteAttempts) return error?.Message;
            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct).ConfigureAwait(false);
        }
    }

    private static async Task<(string Message, bool Transport)?> DeleteOnceAsync(ScimClient client, LedgerEntry entry, CancellationToken ct)
    {
        try
        {
            var response = await client.DeleteAsync(entry.RelativePath, ct).ConfigureAwait(false);
            return response.Status is 200 or 204 or 404
                ? null
                : ($"DELETE {entry.RelativePath} answered {response.Status}", false);
        }
        catch (ScimTransportException e)
        {
            return (e.Message, true);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return ($"DELETE {entry.RelativePath} failed: {e.GetType().Name}: {e.Message}", false);
        }
    }

    private static string Normalise(string relativePath) => relativePath.TrimStart('/');
}

public sealed record LedgerEntry(string RelativePath, string ResourceType, string Id, DateTimeOffset CreatedAt)
{
    public string? CleanupError { get; init; }

    /// <summary>For a resource found by a lookup after an answer that hid it (not a clean 2xx create): that answer; else null.</summary>
    public string? FoundBy { get; init; }
}
