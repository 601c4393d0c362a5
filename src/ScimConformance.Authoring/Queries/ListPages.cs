using System.Text.Json.Nodes;
using ScimConformance.Core.Http;

namespace ScimConformance.Authoring;

/// <summary>
/// A provider may return fewer results than count asks (RFC 7644 §3.4.2.4), so one page is the whole answer only
/// when totalResults says so. Checks that judge a whole result set read it through here.
/// </summary>
public static class ListPages
{
    private const int MaxPages = 100;

    /// <summary>
    /// Sends <paramref name="fetch"/>(null) for the first page, then <paramref name="fetch"/>(n) with the 1-based
    /// startIndex of each following page until totalResults resources are in hand, and returns the first answer with
    /// the resources of every page joined in order. A page that fails is returned as it is.
    /// </summary>
    public static async Task<ScimResponse> JoinAsync(Func<int?, Task<ScimResponse>> fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var first = await fetch(null);
        if (first.Status != 200 || first.Object?["Resources"] is not JsonArray resources || resources.Count == 0) return first;
        if (first.Object["totalResults"] is not JsonValue v || !v.TryGetValue<int>(out var total) || resources.Count >= total) return first;

        var joined = resources.Select(r => r?.DeepClone()).ToList();
        for (var page = 1; joined.Count < total && page < MaxPages; page++)
        {
            var next = await fetch(joined.Count + 1);
            if (next.Status != 200 || next.Object?["Resources"] is not JsonArray more || more.Count == 0) return next;
            joined.AddRange(more.Select(r => r?.DeepClone()));
        }

        var body = (JsonObject)first.Object.DeepClone();
        body["Resources"] = new JsonArray([.. joined]);
        body["itemsPerPage"] = joined.Count;
        return new ScimResponse(first.Status, first.Headers, body.ToJsonString(), first.RequestUri, first.Elapsed);
    }
}
