using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core.Scoping;
using ScimConformance.Suites.Scoping;

namespace ScimConformance.Suites.Query;

/// <summary>
/// The users the Query checks search, as the server returned them when read back. Every userName starts with
/// <see cref="Marker"/>. A check about a filter sends its filter as it is and narrows the answer to these users
/// (<see cref="Narrow"/>); a check that must count or page over them alone uses <see cref="Scope"/>, the narrowest
/// construct the run's scoping probe found.
/// </summary>
public sealed class QueryDataset
{
    private readonly HashSet<string> _ids;
    private readonly RunScope _runScope;
    private readonly string[] _names;
    private readonly string? _scope;

    public QueryDataset(string marker, IReadOnlyList<JsonObject> users, bool hasEnterprise, RunScope runScope)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(runScope);
        Marker = marker;
        Users = users;
        HasEnterprise = hasEnterprise;
        _runScope = runScope;
        _ids = users.Select(u => u["id"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _names = users.Select(u => u["userName"]?.GetValue<string>()).OfType<string>().ToArray();
        _scope = runScope.Select("userName", marker, _names);
    }

    /// <summary>The run prefix plus "q-": the start of every dataset userName.</summary>
    public string Marker { get; }

    /// <summary>The server's view of each dataset user (GET after create), the oracle's input.</summary>
    public IReadOnlyList<JsonObject> Users { get; }

    /// <summary>True when the users carry enterprise extension attributes (the endpoint advertises it).</summary>
    public bool HasEnterprise { get; }

    /// <summary>
    /// The filter that selects the dataset and nothing else; when the target accepts no narrowing construct, the
    /// check that asked is skipped with the probe's reason (it cannot count the run's data apart from the tenant's).
    /// </summary>
    public string Scope => _scope ?? RunScopedFilters.Select(_runScope, "userName", Marker, _names);

    /// <summary>True when a filter can narrow a query to the dataset (else only client-side narrowing is left).</summary>
    public bool CanScope => _scope is not null;

    /// <summary>A filter restricted to the dataset with the fewest parentheses precedence needs (<see cref="RunScope.Within"/>).</summary>
    public string Scoped(string filter) => RunScope.Within(Scope, filter);

    /// <summary>True for the id of a dataset user.</summary>
    public bool Holds(string? id) => id is not null && _ids.Contains(id);

    /// <summary>The resources of a list answer that are dataset users, in the order the server gave them.</summary>
    public IReadOnlyList<JsonObject> Narrow(IEnumerable<JsonObject> resources) =>
        resources.Where(r => Holds(r["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null)).ToArray();
}
