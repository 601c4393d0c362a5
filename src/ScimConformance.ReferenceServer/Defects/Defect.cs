namespace ScimConformance.ReferenceServer;

/// <summary>A switchable vendor bug; <paramref name="CaughtBy"/> lists the harness test ids that must fail when it is on.</summary>
public sealed record Defect(string Name, string Description, IReadOnlyList<string> CaughtBy);
