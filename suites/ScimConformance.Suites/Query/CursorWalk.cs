using System.Text.Json.Nodes;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Query;

/// <summary>
/// One walk through the query dataset by cursor (RFC 9865 §2): the first page asked with an empty cursor, then each
/// nextCursor followed with the same filter and count (every page a success: the walk ends the check otherwise), until a
/// page has none or the walk stalls: a page serves only resources seen before (a cursor that does not advance), or more
/// pages were read than the dataset has resources (a page may hold fewer than count, RFC 7644 §3.4.2.4, but a walk that
/// goes on brings something new).
/// </summary>
internal sealed record CursorWalk(IReadOnlyList<ScimResponse> Pages, IReadOnlyList<string> Served)
{
    /// <summary>The last page read: the one without nextCursor, or the one where the walk stalled.</summary>
    public ScimResponse Last => Pages[^1];

    /// <summary>The walk stopped because a page said it was the last (no nextCursor), not at the limit.</summary>
    public bool Ended => NextCursorOf(Last) is null;

    /// <summary>The walk stopped on a page that still handed out a nextCursor: following it brought nothing new.</summary>
    public bool Stalled => !Ended;

    /// <summary>The nextCursor of a page, when it is a non-empty string.</summary>
    public static string? NextCursorOf(ScimResponse page) =>
        page.Object?["nextCursor"] is JsonValue v && v.TryGetValue<string>(out var cursor) && cursor.Length > 0 ? cursor : null;

    public string Describe(int page) => $"page {page + 1} (GET {Pages[page].RequestUri.PathAndQuery})";
}
