namespace ScimConformance.Runner.MutationScore;

/// <summary>
/// What one run against one switch showed. A defect is caught when every check it names failed and nothing else
/// failed or errored; a benign variation is clean when nothing failed or errored.
/// </summary>
public sealed record SwitchVerdict
{
    public required string Name { get; init; }
    public bool Benign { get; init; }
    /// <summary>Checks the defect names (empty for a benign variation).</summary>
    public IReadOnlyList<string> Expected { get; init; } = [];
    /// <summary>Named checks that did not fail.</summary>
    public IReadOnlyList<string> Missed { get; init; } = [];
    /// <summary>Checks outside the named set that failed: false failures.</summary>
    public IReadOnlyList<string> Unexpected { get; init; } = [];
    /// <summary>Checks that ended in error (the harness could not decide).</summary>
    public IReadOnlyList<string> Errored { get; init; } = [];
    /// <summary>Set when no usable run exists for the switch (results.json missing or unreadable).</summary>
    public string? Problem { get; init; }

    /// <summary>Defect: all named checks failed, nothing else failed or errored. Benign: nothing failed or errored.</summary>
    public bool Right => Problem is null && Missed.Count == 0 && Unexpected.Count == 0 && Errored.Count == 0;
}
