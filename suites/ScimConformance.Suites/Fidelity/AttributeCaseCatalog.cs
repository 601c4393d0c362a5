using System.Runtime.CompilerServices;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Fidelity;

/// <summary>The generated cases of one discovery, computed once: the builder lists them and each case finds itself by id.</summary>
internal static class AttributeCaseCatalog
{
    private static readonly ConditionalWeakTable<DiscoveryResult, Cases> Cache = [];

    public static IReadOnlyList<AttributeCase> For(DiscoveryResult discovery) => Of(discovery).All;

    public static AttributeCase? Find(DiscoveryResult discovery, string id) => Of(discovery).ById.GetValueOrDefault(id);

    private static Cases Of(DiscoveryResult discovery) => Cache.GetValue(discovery, d =>
    {
        var all = AttributeCaseGenerator.Generate(d);
        return new Cases(all, all.ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase));
    });

    private sealed record Cases(IReadOnlyList<AttributeCase> All, IReadOnlyDictionary<string, AttributeCase> ById);
}
