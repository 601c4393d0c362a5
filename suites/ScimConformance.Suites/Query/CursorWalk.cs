using System.Text.Json.Nodes;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Query;

/// <summary>
/// One walk through the query dataset by cursor (RFC 9865 §2): the first page asked with an empty cursor, then each
/// nextCursor followed with the same filter and count, until a page has none, a page is not 200, or more pages were read
/// than the dataset can fill, which only a cursor that does not advance reaches.
/// </summary>
internal sealed record CursorWalk(IReadOnlyList<ScimResponse> Pages, IReadOnlyList<string> Served)
{
    /// <summary>The last page read: the one without nextCursor, the refused one, or the one at the limit.</summary>
    public ScimResponse Last => Pages[^1];

    /// <summary>The walk stopped because a page said it was the last (no nextCursor), not because of an error or the limit.</summary>
    public bool Ended => Last.Status == 200 && NextCursorOf(Last) is null;

    public bool HitLimit => Last.Status == 200 && NextCursorOf(Last) is not null;

    /// <summary>The nextCursor of a page, when it is a non-empty string.</summary>
    public static string? NextCursorOf(ScimResponse page) =>
        page.Object?["nextCursor"] is JsonValue v && v.TryGetValue<string>(out var cursor) && cursor.Length > 0 ? cursor : null;

    public string Describe(int page) => $"page {page + 1} (GET {Pages[page].RequestUri.PathAndQuery})";
}
