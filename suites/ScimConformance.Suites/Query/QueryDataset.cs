using System.Text.Json.Nodes;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Query;

/// <summary>
/// The users the Query checks search, as the server returned them when read back. Every userName starts
/// with <see cref="Marker"/>, so <see cref="Scope"/> AND-ed to a filter keeps foreign data out of every verdict.
/// </summary>
public sealed class QueryDataset
{
    public QueryDataset(string marker, IReadOnlyList<JsonObject> users, bool hasEnterprise)
    {
        Marker = marker;
        Users = users;
        HasEnterprise = hasEnterprise;
    }

    /// <summary>The run prefix plus "q-": the start of every dataset userName.</summary>
    public string Marker { get; }

    /// <summary>The server's view of each dataset user (GET after create), the oracle's input.</summary>
    public IReadOnlyList<JsonObject> Users { get; }

    /// <summary>True when the users carry enterprise extension attributes (the endpoint advertises it).</summary>
    public bool HasEnterprise { get; }

    /// <summary>The filter that selects the dataset and nothing else.</summary>
    public string Scope => Filters.StartsWith("userName", Marker);

    /// <summary>Wraps a filter so that only dataset users can match it.</summary>
    public string Scoped(string filter) => $"({Scope}) and ({filter})";
}
