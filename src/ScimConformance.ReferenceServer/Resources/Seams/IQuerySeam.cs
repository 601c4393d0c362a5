using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources.Seams;

/// <summary>Points of a query (RFC 7644 section 3.4): filtering, paging, sorting, projection, and whose resources it sees.</summary>
internal interface IQuerySeam
{
    /// <summary>The list request as the server reads it.</summary>
    ListRequest Reading(ListRequest request) => request;

    /// <summary>The filter parsed with "and" binding tighter than "or" (RFC 7644 section 3.4.2.2).</summary>
    FilterNode Parse(string filter) => FilterParser.Parse(filter);

    /// <summary>How filters are translated to SQL: each attribute's type and caseExact honoured.</summary>
    SqlFilterOptions FilterOptions => SqlFilterOptions.Compliant;

    /// <summary>What a filter refused as invalid is answered with instead of its 400 invalidFilter; null keeps the 400.</summary>
    Exception? Refusal(ScimException invalidFilter) => null;

    /// <summary>Runs before a filtered list reads the tenant's rows.</summary>
    void Inspecting(ResourceStore store, ResourceKind kind, string filter)
    {
    }

    /// <summary>The 0-based offset and the page size: startIndex is 1-based, count is already capped to maxResults (RFC 7644 section 3.4.2.4).</summary>
    (int Offset, int Size) Page(ListRequest request) => (request.StartIndex - 1, request.Count);

    /// <summary>Whether resources without a value for sortBy lead an ascending sort (RFC 7644 section 3.4.2.3 puts them last).</summary>
    bool MissingFirst => false;

    /// <summary>Called with each rendered resource of a list after the attribute selection was applied.</summary>
    void Projected(JsonObject rendered, AttributeSelection selection)
    {
    }

    /// <summary>The tenant whose rows a read sees (null: every tenant's).</summary>
    string? ReadScope(string tenant) => tenant;
}
