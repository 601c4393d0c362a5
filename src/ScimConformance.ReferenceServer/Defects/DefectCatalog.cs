namespace ScimConformance.ReferenceServer;

/// <summary>
/// Every switch the reference server knows. Each area keeps its switches in a file of its own
/// (<c>FoundationDefects</c>, <c>QueryDefects</c>, ...) so that areas grow without touching each other. A switch
/// marked <see cref="Defect.Pending"/> is known to the server but not yet in <see cref="All"/> or <see cref="Benign"/>,
/// the lists the end-to-end tests run; taking the mark off is what wires it in.
/// </summary>
public static class DefectCatalog
{
    private static readonly IReadOnlyList<Defect> Declared =
    [
        .. FoundationDefects.All,
        .. QueryDefects.All,
        .. WriteDefects.All,
        .. PatchDefects.All,
        .. LifecycleDefects.All,
        .. ProfileDefects.All,
        .. SecurityDefects.All,
        .. HttpQuirks.All,
        .. DiscoveryQuirks.All,
        .. FilterQuirks.All,
        .. WriteQuirks.All,
        .. SchemaFidelityDefects.All,
        .. CoverageDefects.All,
        .. WriteSemanticsDefects.All,
        .. ValueCoverageDefects.All,
        .. ProtocolCoverageDefects.All,
        .. EdgeCoverageDefects.All,
        .. TransportQuirks.All,
        .. CursorDefects.All,
        .. BenignVariations.All,
    ];

    /// <summary>The real defects: each one names the checks that must catch it.</summary>
    public static IReadOnlyList<Defect> All { get; } = Declared.Where(d => !d.Benign && !d.Pending).ToArray();

    /// <summary>Variations the RFCs allow, switched on the same way (<c>--defect NAME</c>): no check may fail on them.</summary>
    public static IReadOnlyList<Defect> Benign { get; } = Declared.Where(d => d.Benign && !d.Pending).ToArray();

    /// <summary>
    /// Switches registered ahead of the harness, benign and defect alike, with their intended class and catching checks:
    /// <c>serve --defect</c> and <c>run --demo --defect</c> accept them, the end-to-end tests do not run them yet.
    /// </summary>
    public static IReadOnlyList<Defect> Pending { get; } = Declared.Where(d => d.Pending).ToArray();

    /// <summary>Real defects followed by benign variations (the switches the end-to-end tests run).</summary>
    public static IReadOnlyList<Defect> Everything => [.. All, .. Benign];

    /// <summary>Every switch the server accepts, pending ones included.</summary>
    public static IReadOnlyList<Defect> Known => [.. All, .. Benign, .. Pending];

    /// <summary>Finds a real defect, a benign variation or a pending switch by name (case-insensitive).</summary>
    public static Defect? Find(string name) =>
        Known.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
