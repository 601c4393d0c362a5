namespace ScimConformance.ReferenceServer;

/// <summary>Defects of filtering, sorting, paging and projection (RFC 7644 §3.4).</summary>
public static class QueryDefects
{
    public const string FilterPrecedenceWrong = "filter-precedence-wrong";
    public const string InvalidFilter500 = "invalid-filter-500";
    public const string StartIndexZeroBased = "start-index-zero-based";
    public const string FilterNeIncludesMissingMultiValued = "filter-ne-includes-missing-multivalued";
    public const string SortIgnored = "sort-ignored";
    public const string SortDescendingIgnored = "sort-descending-ignored";
    public const string SortMissingFirst = "sort-missing-first";
    public const string CountZeroReturnsResources = "count-zero-returns-resources";
    public const string CountAboveMax500 = "count-above-max-500";
    public const string ExcludedAttributesIgnored = "excluded-attributes-ignored";
    public const string AttributesDropsAlways = "attributes-drops-always";
    public const string FilterCoAsSw = "filter-co-as-sw";
    public const string FilterUrnPathIgnored = "filter-urn-path-ignored";
    public const string DateTimeComparedAsText = "datetime-compared-as-text";
    public const string SearchIgnoresFilter = "search-ignores-filter";
    public const string DefaultedActiveUnfilterable = "defaulted-active-unfilterable";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(FilterPrecedenceWrong, "Filters group \"or\" before \"and\", so a or b and c reads as (a or b) and c.", ["QRY-001", "QRY-004"]),
        new(InvalidFilter500, "A malformed filter or unknown operator answers 500 instead of 400 invalidFilter.", ["QRY-006", "QRY-017"]),
        // The filter checks (QRY-001 to QRY-005) no longer catch it: they send their own filter on one page without startIndex
        // (issue 14 item 1), so only the checks about paging do.
        new(StartIndexZeroBased, "A startIndex sent by the client is read as a 0-based offset, so startIndex=1 skips the first result.", ["QRY-007", "QRY-055", "QRY-056", "OKT-011"]),
        new(FilterNeIncludesMissingMultiValued, "ne on a multi-valued attribute such as emails.value matches when any value differs, yet also matches resources that have no values for it: a mix of the two readings RFC 7644 §3.4.2.2 leaves open (any value differs; no value equals), which follows neither.", ["QRY-001", "QRY-027"]),
        new(SortIgnored, "sortBy is accepted but results come back in storage order.", ["QRY-051", "QRY-052", "QRY-053", "QRY-054", "QRY-055"]),
        new(SortDescendingIgnored, "sortOrder=descending is ignored: results are always sorted ascending.", ["QRY-052"]),
        new(SortMissingFirst, "Resources without a value for sortBy lead an ascending sort instead of trailing it (SQL NULLS FIRST).", ["QRY-053", "QRY-054"]),
        new(CountZeroReturnsResources, "count=0 (and a negative count) is read as \"not given\", so a full default page of resources comes back.", ["QRY-057", "QRY-058", "USR-036"]),
        new(CountAboveMax500, "A count above the advertised maxResults answers 500 instead of being capped to maxResults.", ["QRY-059"]),
        new(ExcludedAttributesIgnored, "List and .search responses ignore excludedAttributes and return every default attribute.", ["QRY-048", "QRY-063", "QRY-069"]),
        new(AttributesDropsAlways, "A list with attributes= returns only the named attributes, dropping id and schemas.", ["QRY-048", "QRY-062", "QRY-067", "QRY-068"]),
        new(FilterCoAsSw, "co is evaluated like sw: the operand only matches at the start of the value.", ["QRY-001", "QRY-002", "QRY-010", "QRY-023", "QRY-025", "QRY-030", "QRY-031", "QRY-036"]),
        new(FilterUrnPathIgnored, "A comparison on a URN-qualified attribute path (enterprise extension or core) is dropped, as if it were true.", ["QRY-001", "QRY-029", "QRY-030", "QRY-031", "ATT-User-reference.badgeId-caseexact"]),
        new(DateTimeComparedAsText, "gt/ge/lt/le on dateTime compare the operand as text, so a timestamp with an offset other than Z is misordered.", ["QRY-021"]),
        new(SearchIgnoresFilter, "POST .search ignores the filter of the SearchRequest body and returns every resource.", ["QRY-047", "QRY-049", "QRY-050", "DPR-008"]),
        new(DefaultedActiveUnfilterable,
            "A User created without active is served with active true, but the default is only added when the user is rendered, so active eq true does not find it "
            + "(RFC 7644 §3.4.2.2: a filter on a server-defaulted attribute compares the value last returned to the client).",
            ["QRY-111"]),
    ];
}
