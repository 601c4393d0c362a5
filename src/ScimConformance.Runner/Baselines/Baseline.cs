namespace ScimConformance.Runner.Baselines;

/// <summary>
/// Known failures a team has accepted for now (baseline.json). A listed check that fails becomes
/// <see cref="Model.Outcome.Accepted"/>: still reported, no longer breaking the build.
/// </summary>
public sealed record Baseline
{
    public const string CurrentSchemaVersion = "1.0";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;
    public DateTimeOffset CreatedAt { get; init; }
    public IReadOnlyList<BaselineEntry> Accepted { get; init; } = [];

    public ISet<string> AcceptedIds() => Accepted.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
}

/// <summary>One accepted check; the message is a note for people (what it failed with), never matched.</summary>
public sealed record BaselineEntry(string Id, string? Message = null);
