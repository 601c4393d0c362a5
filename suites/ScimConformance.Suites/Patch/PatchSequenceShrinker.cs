using System.Text.Json.Nodes;

namespace ScimConformance.Suites.Patch;

/// <summary>
/// Reduces a PATCH sequence on which endpoint and oracle disagree to a shorter one that still disagrees: first
/// single requests are dropped, then values are simplified (one member of a path-less object or one element of
/// an array value at a time), until no one-step smaller sequence disagrees or the replay budget is spent.
/// </summary>
public static class PatchSequenceShrinker
{
    public static async Task<IReadOnlyList<JsonObject>> ShrinkAsync(
        IReadOnlyList<JsonObject> failing, Func<IReadOnlyList<JsonObject>, Task<bool>> stillDisagrees, int maxReplays = 40)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(stillDisagrees);
        var current = failing;
        var replays = 0;
        var progressed = true;
        while (progressed && replays < maxReplays)
        {
            progressed = false;
            foreach (var candidate in Smaller(current))
            {
                if (++replays > maxReplays) break;
                if (!await stillDisagrees(candidate)) continue;
                current = candidate;
                progressed = true;
                break;
            }
        }
        return current;
    }

    /// <summary>Every sequence one step smaller: each request left out, then each request with a simpler value.</summary>
    public static IEnumerable<IReadOnlyList<JsonObject>> Smaller(IReadOnlyList<JsonObject> sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        if (sequence.Count > 1)
            for (var i = 0; i < sequence.Count; i++)
                yield return [.. sequence.Take(i), .. sequence.Skip(i + 1)];
        for (var i = 0; i < sequence.Count; i++)
            foreach (var simpler in SimplerRequests(sequence[i]))
                yield return [.. sequence.Take(i), simpler, .. sequence.Skip(i + 1)];
    }

    private static IEnumerable<JsonObject> SimplerRequests(JsonObject request)
    {
        if (request["Operations"] is not JsonArray { Count: 1 } operations || operations[0] is not JsonObject operation) yield break;
        switch (operation["value"])
        {
            case JsonObject value when value.Count > 1:
                foreach (var name in value.Select(p => p.Key).ToArray())
                {
                    var copy = (JsonObject)request.DeepClone();
                    ((JsonObject)copy["Operations"]![0]!["value"]!).Remove(name);
                    yield return copy;
                }
                break;
            case JsonArray array when array.Count > 1:
                for (var i = 0; i < array.Count; i++)
                {
                    var copy = (JsonObject)request.DeepClone();
                    ((JsonArray)copy["Operations"]![0]!["value"]!).RemoveAt(i);
                    yield return copy;
                }
                break;
        }
    }
}
