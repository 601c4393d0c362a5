namespace ScimConformance.ReferenceServer.Resources.Seams;

/// <summary>
/// The points where a switched-on defect makes <see cref="ResourceService"/> deviate from the RFCs. Each seam's
/// default members are the compliant behaviour; the defect implementations live in the Defects folder.
/// </summary>
/// <param name="Patching">The switches the PATCH code consults itself (see Patching/PatchDefectBehaviour).</param>
internal sealed record ResourceSeams(IIdSource Ids, IWriteSeam Writes, IDeleteSeam Deletes, IQuerySeam Queries, IVersionSeam Versions,
    DefectSwitches Patching)
{
    public static ResourceSeams Compliant { get; } = new(Rfc.Instance, Rfc.Instance, Rfc.Instance, Rfc.Instance, Rfc.Instance, new DefectSwitches([]));

    /// <summary>Every seam with its default, compliant members.</summary>
    private sealed class Rfc : IIdSource, IWriteSeam, IDeleteSeam, IQuerySeam, IVersionSeam
    {
        public static Rfc Instance { get; } = new();
    }
}
