using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Bulk;

/// <summary>The state of one bulk request while it runs: results so far, ids created per bulkId, errors counted against failOnErrors.</summary>
internal sealed class BulkRun(BulkRequest request, int? failOnErrors)
{
    private int _errors;

    public BulkRequest Request => request;
    public Dictionary<int, JsonObject> Results { get; } = [];
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>True once failOnErrors errors occurred: no further operation runs (RFC 7644 section 3.7).</summary>
    public bool Stopped => failOnErrors is { } limit && _errors >= limit;

    public void Add(int index, JsonObject result, bool failed)
    {
        Results[index] = result;
        if (failed)
        {
            _errors++;
        }
    }
}
