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

    /// <summary>
    /// Deletes everything still recorded, newest first, so a group goes before the users it holds and
    /// anything derived goes before what it was derived from. 200, 204 and 404 mean gone. Returns what could not be deleted;
    /// those entries stay recorded with their error, so a second call tries them again.
    /// </summary>
    public async Task<IReadOnlyList<LedgerEntry>> CleanupAsync(ScimClient client, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        // Two overlapping calls (end of run and Ctrl-C) are harmless: a repeated DELETE answers 404, which counts as gone.
        var failures = new List<LedgerEntry>();
        foreach (var entry in Entries.Reverse())
        {
            var error = await DeleteAsync(client, entry, ct).ConfigureAwait(false);
            lock (_gate)
            {
                var index = _entries.FindIndex(e => e.RelativePath == entry.RelativePath);
                if (error is null)
                {
                    if (index >= 0) _entries.RemoveAt(index);
                    continue;
                }
                var failed = entry with { CleanupError = error };
                if (index >= 0) _entries[index] = failed;
                failures.Add(failed);
            }
        }
        return failures;
    }

    private static async Task<string?> DeleteAsync(ScimClient client, LedgerEntry entry, CancellationToken ct)
    {
        try
        {
            var response = await client.DeleteAsync(entry.RelativePath, ct).ConfigureAwait(false);
            return response.Status is 200 or 204 or 404
                ? null
                : $"DELETE {entry.RelativePath} answered {response.Status}";
        }
        catch (ScimTransportException e)
        {
            return e.Message;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return $"DELETE {entry.RelativePath} failed: {e.GetType().Name}: {e.Message}";
        }
    }

    private static string Normalise(string relativePath) => relativePath.TrimStart('/');
}

public sealed record LedgerEntry(string RelativePath, string ResourceType, string Id, DateTimeOffset CreatedAt)
{
    public string? CleanupError { get; init; }
}
