namespace ScimConformance.ReferenceServer;

/// <summary>
/// Every defect switch the reference server knows. Each area keeps its switches in a file of its own
/// (<c>FoundationDefects</c>, <c>QueryDefects</c>, ...) so that areas grow without touching each other.
/// </summary>
public static class DefectCatalog
{
    /// <summary>The real defects: each one names the checks that must catch it.</summary>
    public static IReadOnlyList<Defect> All { get; } =
    [
        .. FoundationDefects.All,
        .. QueryDefects.All,
        .. WriteDefects.All,
        .. PatchDefects.All,
        .. LifecycleDefects.All,
        .. ProfileDefects.All,
        .. SecurityDefects.All,
    ];

    /// <summary>Variations the RFCs allow, switched on the same way (<c>--defect NAME</c>): no check may fail on them.</summary>
    public static IReadOnlyList<Defect> Benign { get; } = BenignVariations.All;

    /// <summary>Real defects followed by benign variations.</summary>
    public static IReadOnlyList<Defect> Everything => [.. All, .. Benign];

    /// <summary>Finds a real defect or a benign variation by name (case-insensitive).</summary>
    public static Defect? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? Benign.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
