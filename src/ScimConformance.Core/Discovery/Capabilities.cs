namespace ScimConformance.Core.Discovery;

/// <summary>What /ServiceProviderConfig advertises (RFC 7643 §5), after --assume overrides.</summary>
public sealed record Capabilities
{
    public bool Patch { get; init; }
    public bool Filter { get; init; }
    public int FilterMaxResults { get; init; }
    public bool Sort { get; init; }
    public bool ETag { get; init; }
    public bool ChangePassword { get; init; }
    public bool Bulk { get; init; }
    public int BulkMaxOperations { get; init; }
    public int BulkMaxPayloadSize { get; init; }
    public IReadOnlyList<string> AuthenticationSchemes { get; init; } = [];

    /// <summary>Whether a capability name from <see cref="Capability"/> holds; resource-type capabilities come from the model.</summary>
    public bool Has(string capability, DiscoveryResult model) => capability switch
    {
        Capability.Patch => Patch,
        Capability.Filter => Filter,
        Capability.Sort => Sort,
        Capability.ETag => ETag,
        Capability.Bulk => Bulk,
        Capability.ChangePassword => ChangePassword,
        Capability.Groups => model.ResourceType("Group") is not null,
        Capability.EnterpriseUser => model.ResourceType("User")?.Extensions.Any(e => e.Schema == ScimUris.EnterpriseUser) == true,
        _ => throw new ArgumentOutOfRangeException(nameof(capability), capability, "Unknown capability name."),
    };
}
