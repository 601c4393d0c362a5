namespace ScimConformance.ReferenceServer;

/// <summary>Builds the <see cref="Defect.Pending"/> entries of the catalogue: switches registered ahead of the harness.</summary>
internal static class PendingSwitch
{
    /// <summary>A MUST deviation; <paramref name="caughtBy"/> are the existing checks meant to catch it.</summary>
    public static Defect Defect(string name, string description, string[] caughtBy, string harnessWork) =>
        new(name, description, caughtBy) { Pending = true, HarnessWork = harnessWork };

    /// <summary>Something the RFCs allow (or a SHOULD at most worth a warning): no check may fail on it.</summary>
    public static Defect Benign(string name, string description, string allowance, string harnessWork) =>
        new(name, description, []) { Benign = true, Allowance = allowance, Pending = true, HarnessWork = harnessWork };
}

/// <summary>Builds the entries of the catalogue's quirk lists that left <see cref="DefectCatalog.Pending"/>: the harness handles them.</summary>
internal static class Settled
{
    /// <summary>A quirk the RFCs allow, run in the benign end-to-end tests.</summary>
    public static Defect Benign(string name, string description, string allowance) =>
        new(name, description, []) { Benign = true, Allowance = allowance };

    /// <summary>A deviation from SHOULD-level text only: the named checks warn on it and nothing fails, so it makes no finding.</summary>
    public static Defect Warned(string name, string description, string[] warnedBy) =>
        new(name, description, []) { WarnedBy = warnedBy };
}
