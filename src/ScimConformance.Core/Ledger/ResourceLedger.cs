namespace ScimConformance.Core.Ledger;

/// <summary>
/// Remembers every resource the run created (by its location) and deletes them in reverse order at the
/// end of the run, after failures and on interruption. Only ids recorded here are ever deleted.
/// </summary>
public sealed class ResourceLedger
{
    /// <summary>Records a created resource; relativePath is e.g. "Users/abc".</summary>
    public void Record(string relativePath, string resourceType, string id) => throw new NotImplementedException();

    /// <summary>Marks a resource deleted by a test, so cleanup does not try again.</summary>
    public void Forget(string relativePath) => throw new NotImplementedException();

    public IReadOnlyList<LedgerEntry> Entries => throw new NotImplementedException();

    /// <summary>Deletes everything still recorded, newest first. Returns what could not be deleted.</summary>
    public Task<IReadOnlyList<LedgerEntry>> CleanupAsync(Http.ScimClient client, CancellationToken ct) => throw new NotImplementedException();
}

public sealed record LedgerEntry(string RelativePath, string ResourceType, string Id, DateTimeOffset CreatedAt)
{
    public string? CleanupError { get; init; }
}
