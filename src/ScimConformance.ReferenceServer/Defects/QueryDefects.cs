namespace ScimConformance.ReferenceServer;

/// <summary>Defects of filtering, sorting, paging and projection (RFC 7644 §3.4).</summary>
public static class QueryDefects
{
    public const string FilterPrecedenceWrong = "filter-precedence-wrong";
    public const string InvalidFilter500 = "invalid-filter-500";
    public const string StartIndexZeroBased = "start-index-zero-based";
    public const string FilterNeIncludesMissingMultiValued = "filter-ne-includes-missing-multivalued";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(FilterPrecedenceWrong, "Filters group \"or\" before \"and\", so a or b and c reads as (a or b) and c.", ["QRY-001", "QRY-004"]),
        new(InvalidFilter500, "A malformed filter or unknown operator answers 500 instead of 400 invalidFilter.", ["QRY-006", "SEC-053"]),
        new(StartIndexZeroBased, "A startIndex sent by the client is read as a 0-based offset, so startIndex=1 skips the first result.", ["QRY-001", "QRY-002", "QRY-003", "QRY-004", "QRY-005", "QRY-007"]),
        new(FilterNeIncludesMissingMultiValued, "ne on a multi-valued attribute such as emails.value also matches resources that have no values for it.", ["QRY-001"]),
    ];
}
