namespace ScimConformance.ReferenceServer;

/// <summary>Real-world quirks of filtering, searching and paging (pending, see <see cref="DefectCatalog.Pending"/>).</summary>
public static class FilterQuirks
{
    public const string FilterNoSw = "filter-no-sw";
    public const string FilterNoNestedParentheses = "filter-no-nested-parentheses";
    public const string FilterEqOnly = "filter-eq-only";
    public const string SearchNotAllowed = "search-405";
    public const string PrMatchesEmpty = "filter-pr-matches-empty";
    public const string CountNotCapped = "count-above-max-not-capped";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        PendingSwitch.Defect(FilterNoSw,
            "The sw operator is refused with 400 invalidFilter; every other operator works (RFC 7644 §3.4.2.2, Table 3: sw is an operator of the filter language "
            + "a provider that advertises filter.supported implements).",
            ["QRY-002"],
            "Run scoping must not depend on sw (issue 14 item 1): only the checks that test sw itself fail, and the refused construct is reported once."),
        PendingSwitch.Defect(FilterNoNestedParentheses,
            "A filter with a parenthesised group inside another group is refused with 400 invalidFilter; one level of parentheses works "
            + "(RFC 7644 §3.4.2.2, Figure 1: a group holds any filter, itself possibly grouped).",
            [],
            "Run scoping must not wrap the check's filter in parentheses it does not need (issue 14 item 1); a check that nests groups on purpose fails, once."),
        PendingSwitch.Defect(FilterEqOnly,
            "Only eq comparisons joined by and/or are understood; ne, co, sw, ew, gt, ge, lt, le, pr and not are refused with 400 invalidFilter "
            + "(RFC 7644 §3.4.2.2, Tables 3 and 4: the operators of the filter language).",
            ["QRY-002", "QRY-003"],
            "Run scoping uses eq lookups joined by or (issue 14 item 1); only the checks of the refused operators fail, and the refusal is reported once."),
        PendingSwitch.Benign(SearchNotAllowed,
            "POST /.search and POST /{resource}/.search answer 405 Method Not Allowed.",
            "RFC 7644 §3.4.3: clients MAY query with POST and /.search, an optional feature no ServiceProviderConfig flag advertises; 405 (RFC 9110 §15.5.6) says it is not offered.",
            ".search checks skip with the reason on 405, 404 or 501, and nothing that merely uses .search errors (issue 14, cause 4)."),
        PendingSwitch.Defect(PrMatchesEmpty,
            "pr also matches attributes whose value is the empty string (RFC 7644 §3.4.2.2: pr matches when the attribute has a non-empty value).",
            [],
            "A pr check whose data holds an empty-string value (issue 17)."),
        PendingSwitch.Defect(CountNotCapped,
            "A count above filter.maxResults returns up to count resources instead of at most maxResults (RFC 7644 §3.4.2.4 and RFC 7643 §5: "
            + "no response holds more than maxResults resources).",
            ["QRY-059"],
            "QRY-059 (or a new check) reads a page with count above maxResults over more than maxResults run resources, narrowed to the run's own data (issue 17)."),
    ];
}
