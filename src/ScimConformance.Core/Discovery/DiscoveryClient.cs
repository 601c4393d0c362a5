using ScimConformance.Core.Http;

namespace ScimConformance.Core.Discovery;

/// <summary>Reads /ServiceProviderConfig, /ResourceTypes and /Schemas into a <see cref="DiscoveryResult"/>.</summary>
public sealed class DiscoveryClient(ScimClient client)
{
    public ScimClient Client { get; } = client;

    /// <summary>
    /// Throws <see cref="ScimTransportException"/> when the endpoint cannot be reached and
    /// <see cref="NotScimException"/> when what answers is not a SCIM service provider.
    /// </summary>
    public Task<DiscoveryResult> DiscoverAsync(IReadOnlyDictionary<string, bool>? assume, CancellationToken ct) => throw new NotImplementedException();
}
