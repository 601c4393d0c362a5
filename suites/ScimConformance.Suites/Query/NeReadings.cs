using System.Collections.Concurrent;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Suites.Query;

/// <summary>
/// The reading of ne on a multi-valued attribute a run observed first (docs/interpretations.md). Either reading passes,
/// but the first one the endpoint shows binds the rest of the run: a server that mixes them follows neither.
/// </summary>
public static class NeReadings
{
    private static readonly ConcurrentDictionary<string, NeReading> Bound = new(StringComparer.Ordinal);

    public static NeReading? Of(string runId) => Bound.TryGetValue(runId, out var reading) ? reading : null;

    /// <summary>Binds the reading unless another was bound first; returns the one that binds the run.</summary>
    public static NeReading Bind(string runId, NeReading reading) => Bound.GetOrAdd(runId, reading);

    public static string Describe(NeReading reading) =>
        reading == NeReading.AnyValueDiffers ? "any value differs" : "no value equals";
}
