using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Configuration;

/// <summary>The ServiceProviderConfig features `--assume` may override.</summary>
public static class AssumableCapabilities
{
    public static readonly IReadOnlyList<string> Names =
        [Capability.Patch, Capability.Filter, Capability.Sort, Capability.ETag, Capability.Bulk, Capability.ChangePassword];
}
