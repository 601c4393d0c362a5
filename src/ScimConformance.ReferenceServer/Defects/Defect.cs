namespace ScimConformance.ReferenceServer;

/// <summary>
/// A switchable behaviour of the reference server. A real defect names in <paramref name="CaughtBy"/> the harness
/// test ids that must fail when it is on; a benign variation (<see cref="Benign"/>) is something the RFCs allow,
/// names no test, and must make nothing fail.
/// </summary>
public sealed record Defect(string Name, string Description, IReadOnlyList<string> CaughtBy)
{
    /// <summary>True for a variation the RFCs allow (see <see cref="BenignVariations"/>): no check may fail on it.</summary>
    public bool Benign { get; init; }

    /// <summary>For a benign variation: the RFC text that allows it.</summary>
    public string Allowance { get; init; } = "";
}
