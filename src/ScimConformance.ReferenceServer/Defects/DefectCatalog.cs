namespace ScimConformance.ReferenceServer;

/// <summary>
/// Every defect switch the reference server knows. Each area keeps its switches in a file of its own
/// (<c>FoundationDefects</c>, <c>QueryDefects</c>, ...) so that areas grow without touching each other.
/// </summary>
public static class DefectCatalog
{
    public static IReadOnlyList<Defect> All { get; } =
    [
        .. FoundationDefects.All,
        .. QueryDefects.All,
        .. SecurityDefects.All,
    ];

    public static Defect? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
