using ScimConformance.Core.Discovery;
using ScimConformance.Runner.Model;

namespace ScimConformance.Cli.Commands.Discover;

/// <summary>What `discover --json` prints: the discovery model without its raw documents.</summary>
public sealed record DiscoveryView(
    TargetInfo Target,
    Capabilities Capabilities,
    IReadOnlyList<string> AuthenticationSchemes,
    IReadOnlyList<ResourceTypeDefinition> ResourceTypes,
    IReadOnlyList<SchemaSummary> Schemas,
    IReadOnlyList<string> Problems)
{
    public static DiscoveryView From(TargetInfo target, DiscoveryResult discovery) => new(
        target,
        discovery.Capabilities,
        discovery.Capabilities.AuthenticationSchemes,
        discovery.ResourceTypes,
        discovery.Schemas.Select(s => new SchemaSummary(s.Id, s.Name, s.Attributes.Select(a => a.Name).ToArray())).ToArray(),
        discovery.Problems);
}

public sealed record SchemaSummary(string Id, string Name, IReadOnlyList<string> Attributes);
