namespace ScimConformance.Core.Ledger;

/// <summary>One resource carrying the prefix; <see cref="Error"/> is set when deleting it failed.</summary>
public sealed record LeftoverResource(string RelativePath, string ResourceType, string Id, string Name)
{
    public string? Error { get; init; }
}
