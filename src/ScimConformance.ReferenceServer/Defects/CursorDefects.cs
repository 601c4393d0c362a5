namespace ScimConformance.ReferenceServer;

/// <summary>
/// Switches of cursor-based pagination (RFC 9865): defects of its cursors and page size, and a server without it. The
/// cursor code asks for them only while it pages by cursor, so each reaches the cursor checks alone.
/// </summary>
public static class CursorDefects
{
    public const string CursorMissingNext = "cursor-missing-next";
    public const string CursorRepeatsPage = "cursor-repeats-page";
    public const string CursorIgnoresCount = "cursor-ignores-count";
    public const string InvalidCursorAccepted = "invalid-cursor-accepted";
    public const string NoCursorPagination = "no-cursor-pagination";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(CursorMissingNext, "Cursor-paged answers never carry nextCursor, so a client stops after the first page as if it were the last (RFC 9865 §2).",
            ["CUR-001"]),
        new(CursorRepeatsPage, "nextCursor names the position of the page just served, not the one after it: following it serves the same page again, forever (RFC 9865 §2).",
            ["CUR-003"]),
        new(CursorIgnoresCount, "Cursor pages hold maxPageSize resources whatever count the client asked for (RFC 9865 §2: count bounds the page).",
            ["CUR-002"]),
        new(InvalidCursorAccepted, "A cursor the server cannot read is taken as a request for the first page and answered 200, instead of 400 invalidCursor (RFC 9865 §2.1).",
            ["CUR-004"]),
        Settled.Benign(NoCursorPagination, "The server does not page by cursor: ServiceProviderConfig says pagination.cursor false and the cursor parameter is ignored (index paging answers).",
            "RFC 9865 §2.2 and §3: cursor pagination is an optional capability a service provider advertises in ServiceProviderConfig; a server without it pages by index as RFC 7644 §3.4.2.4 defines."),
    ];
}
