namespace ScimConformance.Core.Ledger;

/// <summary>What a search found, and the searches that could not be made.</summary>
public sealed record SweepSearch(IReadOnlyList<LeftoverResource> Found, IReadOnlyList<string> Problems);
