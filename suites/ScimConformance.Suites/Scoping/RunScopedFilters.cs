using NUnit.Framework;
using ScimConformance.Core.Scoping;

namespace ScimConformance.Suites.Scoping;

/// <summary>
/// Filters that narrow a query to resources the run created, by the construct the run's scoping probe found
/// (<see cref="RunScope"/>). A check that needs one and finds none is skipped with the probe's reason: the target
/// refusing a narrowing construct is said once for the run, not as the failure of every check that lists.
/// </summary>
public static class RunScopedFilters
{
    /// <summary>The filter selecting resources whose attribute is one of <paramref name="values"/> (all starting with <paramref name="prefix"/>).</summary>
    public static string Select(RunScope scope, string attribute, string prefix, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var filter = scope.Select(attribute, prefix, values);
        if (filter is null) Skip(scope);
        return filter!;
    }

    /// <summary>As <see cref="Select"/> for many values, in as many filters as the construct needs.</summary>
    public static IReadOnlyList<string> SelectAll(RunScope scope, string attribute, string prefix, IReadOnlyCollection<string> values)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var filters = scope.SelectAll(attribute, prefix, values);
        if (filters.Count == 0) Skip(scope);
        return filters;
    }

    private static void Skip(RunScope scope) =>
        Assert.Ignore($"Skipped: the check must list the run's own resources apart from the tenant's, and {scope.Reason}.");
}
