using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Resources;
using ScimConformance.ReferenceServer.Resources.Seams;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Defects.Seams;

/// <summary>Queries under the filtering, paging, sorting, projection and tenant switches.</summary>
internal sealed class SwitchedQueries(DefectSwitches defects) : IQuerySeam
{
    public ListRequest Reading(ListRequest request)
    {
        // search-ignores-filter: a SearchRequest's filter is dropped, as by a server that reads only URL parameters.
        if (request.IsSearchRequest && defects.IsOn(QueryDefects.SearchIgnoresFilter)) request = request with { Filter = null };
        if (defects.IsOn(QueryDefects.ExcludedAttributesIgnored)) request = request with { ExcludedAttributes = [] };
        if (defects.IsOn(QueryDefects.SortIgnored)) request = request with { SortBy = null };
        if (defects.IsOn(QueryDefects.SortDescendingIgnored)) request = request with { Descending = false };
        // sensitive-filter-served: a password filter in the URL is served like any other.
        if (!request.IsSearchRequest && request.Filter is { } filter && !defects.IsOn(EdgeCoverageDefects.SensitiveFilterServed)) SensitiveFilter.RefuseInUrl(filter);
        return request;
    }

    public FilterNode Parse(string filter)
    {
        var parsed = FilterParser.Parse(filter, defects.IsOn(QueryDefects.FilterPrecedenceWrong));
        if (defects.IsOn(FilterQuirks.FilterNoNestedParentheses)) FilterSubsets.RequireFlatGroups(filter);
        if (defects.IsOn(FilterQuirks.FilterNoSw)) FilterSubsets.Refuse(parsed, c => c.Operator == "sw", "The sw operator is not supported.");
        if (defects.IsOn(FilterQuirks.FilterEqOnly)) FilterSubsets.RequireEqOnly(parsed);
        return parsed;
    }

    public SqlFilterOptions FilterOptions => new()
    {
        EqCaseSensitive = defects.IsOn(FoundationDefects.FilterEqCaseSensitive),
        NeIncludesMissingMultiValued = defects.IsOn(QueryDefects.FilterNeIncludesMissingMultiValued),
        ContainsAsStartsWith = defects.IsOn(QueryDefects.FilterCoAsSw),
        UrnPathIgnored = defects.IsOn(QueryDefects.FilterUrnPathIgnored),
        DateTimeAsText = defects.IsOn(QueryDefects.DateTimeComparedAsText),
        PresenceMatchesEmpty = defects.IsOn(FilterQuirks.PrMatchesEmpty),
        UnpreparedLiterals = defects.IsOn(EdgeCoverageDefects.UserNameUnprepared),
    };

    // invalid-filter-500: the parse failure escapes as an unhandled error, which the error middleware answers as a
    // generic 500 SCIM error without the exception text.
    public Exception? Refusal(ScimException invalidFilter) =>
        defects.IsOn(QueryDefects.InvalidFilter500) ? new InvalidOperationException("Filter evaluation failed.", invalidFilter) : null;

    // injection-500: the filter is also pasted into SQL text, inside this tenant's read.
    public void Inspecting(ResourceStore store, ResourceKind kind, string filter)
    {
        if (defects.IsOn(SecurityDefects.Injection500))
        {
            store.RunNaiveFilter(kind.Name, FilterParser.Parse(filter, false));
        }
    }

    public (int Offset, int Size) Page(ListRequest request)
    {
        // start-index-zero-based reads a client-supplied startIndex as an offset, so page 1 skips the first result.
        var offset = defects.IsOn(QueryDefects.StartIndexZeroBased) && request.StartIndexGiven ? request.StartIndex : request.StartIndex - 1;
        if (defects.IsOn(QueryDefects.CountAboveMax500) && request.RequestedCount > ListRequest.MaxResults)
        {
            // count-above-max-500 hands the unchecked page size to a buffer sized for maxResults.
            throw new InvalidOperationException("Page size exceeds the result buffer.");
        }

        // count-zero-returns-resources reads count=0 as "not given" and answers a default page.
        var size = request.Count == 0 && defects.IsOn(QueryDefects.CountZeroReturnsResources) ? ListRequest.MaxResults : request.Count;
        // count-above-max-not-capped serves what count asks, past maxResults (up to a buffer of its own).
        if (defects.IsOn(FilterQuirks.CountNotCapped)) size = Math.Min(request.RequestedCount, 10 * ListRequest.MaxResults);
        // A provider may return fewer results than count asks (RFC 7644 section 3.4.2.4).
        if (defects.IsOn(BenignVariations.FewerResultsThanCount)) size = Math.Min(size, BenignVariations.SmallPageSize);
        return (offset, size);
    }

    public bool MissingFirst => defects.IsOn(QueryDefects.SortMissingFirst);

    // attributes-drops-always: a list with attributes= keeps only the named attributes, id and schemas included.
    public void Projected(JsonObject rendered, AttributeSelection selection)
    {
        if (defects.IsOn(QueryDefects.AttributesDropsAlways) && selection.Included.Count > 0)
        {
            rendered.Remove("id");
            rendered.Remove("schemas");
        }
    }

    public string? ReadScope(string tenant) => defects.IsOn(SecurityDefects.CrossTenantRead) ? null : tenant;
}
