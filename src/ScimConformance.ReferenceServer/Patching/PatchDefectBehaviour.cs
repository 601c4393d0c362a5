namespace ScimConformance.ReferenceServer.Patching;

/// <summary>Where the PATCH defect switches that drop an operation silently decide to drop it.</summary>
internal static class PatchDefectBehaviour
{
    /// <summary>True when a switched-on defect makes the server answer success but leave this path untouched.</summary>
    public static bool Skips(DefectSwitches defects, PatchPath path) =>
        (defects.IsOn(PatchDefects.ExtensionPathIgnored) && path.Target!.Extension is not null)
        || (defects.IsOn(PatchDefects.ReadOnlyAccepted) && (path.Attribute.IsReadOnly || path.SubAttribute is { IsReadOnly: true }));
}
