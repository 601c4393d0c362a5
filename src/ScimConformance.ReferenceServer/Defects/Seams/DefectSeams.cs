using ScimConformance.ReferenceServer.Resources.Seams;

namespace ScimConformance.ReferenceServer.Defects.Seams;

/// <summary>The seams of one resource service for a set of switches: the compliant ones when no switch is on.</summary>
internal static class DefectSeams
{
    /// <summary>New seams (each resource service keeps its own state, such as recycled ids).</summary>
    public static ResourceSeams For(DefectSwitches defects) => defects.Any
        ? new ResourceSeams(new SwitchedIds(defects), new SwitchedWrites(defects), new SwitchedDeletes(defects), new SwitchedQueries(defects),
            new SwitchedVersions(defects), defects)
        : ResourceSeams.Compliant;
}
