using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources.Paging;

/// <summary>
/// Cursor-based pagination (RFC 9865): a page of at most count results and the cursor of the next one. Unsorted queries
/// page by storage sequence (keyset), so resources created or deleted between requests never shift later pages: nothing
/// is served twice or skipped. Sorted queries continue after the last resource served.
/// </summary>
internal static class CursorPaging
{
    /// <summary>Checks the parameters and reads the position of a cursor-paged request (an empty cursor asks for the first page).</summary>
    public static CursorPosition Start(ListRequest request, CursorCodec codec, string tenant, ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.StartIndexGiven)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidValue, "startIndex and cursor ask for two pagination methods; send one of them.");
        }

        // RFC 9865 section 2: count is a positive integer; above maxPageSize it is capped like maxResults.
        if (request.CountGiven && request.RequestedCount < 1)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidCount, $"count must be between 1 and maxPageSize ({ListRequest.MaxResults}).");
        }

        var query = CursorCodec.Fingerprint(request);
        return string.IsNullOrEmpty(request.Cursor)
            ? new CursorPosition(tenant, kind.Name, query, 0, 0, null, 0)
            : codec.Read(request.Cursor, tenant, kind.Name, query);
    }

    /// <param name="sort">Orders every match when the request sorts; null pages in storage order.</param>
    public static (IReadOnlyList<JsonObject> Page, string? Next) Page(ResourceStore store, ResourceKind kind, SqlFilter filter, CursorCodec codec,
        CursorPosition position, int size, Func<IReadOnlyList<ResultOrdering.Candidate>, IReadOnlyList<ResultOrdering.Candidate>>? sort)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(position);
        if (sort is null)
        {
            size = codec.PageSize(size);
            var rows = store.PageAfter(kind.Name, filter, position.AfterSeq, size + 1);
            var page = rows.Take(size).ToArray();
            var next = rows.Count > size ? codec.Next(position, position with { AfterSeq = page[^1].Seq }) : null;
            return (page.Select(r => r.Resource).ToArray(), next);
        }

        var sorted = sort(store.Page(kind.Name, filter, 0, int.MaxValue).Select(r => new ResultOrdering.Candidate(kind, r)).ToArray());
        var after = position.LastId is { } last ? IndexOf(sorted, last) : -1;
        var start = after >= 0 ? after + 1 : Math.Min(position.Offset, sorted.Count);
        var served = sorted.Skip(start).Take(codec.PageSize(size)).Select(c => c.Stored).ToArray();
        var end = start + served.Length;
        var nextCursor = end < sorted.Count && served.Length > 0
            ? codec.Next(position, position with { Offset = end, LastId = (string?)served[^1]["id"] })
            : null;
        return (served, nextCursor);
    }

    private static int IndexOf(IReadOnlyList<ResultOrdering.Candidate> sorted, string id)
    {
        for (var i = 0; i < sorted.Count; i++)
        {
            if ((string?)sorted[i].Stored["id"] == id) return i;
        }

        return -1;
    }
}
