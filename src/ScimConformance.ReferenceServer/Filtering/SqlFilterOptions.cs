namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>How a filter is translated: the defect switches that change filtering, and the root-search leniency.</summary>
internal sealed record SqlFilterOptions
{
    public static SqlFilterOptions Compliant { get; } = new();

    /// <summary>The filter-eq-case-sensitive defect: eq ignores caseExact=false.</summary>
    public bool EqCaseSensitive { get; init; }

    /// <summary>The filter-ne-includes-missing-multivalued defect: ne on a multi-valued attribute also matches resources that lack it.</summary>
    public bool NeIncludesMissingMultiValued { get; init; }

    /// <summary>The filter-co-as-sw defect: co only matches at the start of the value.</summary>
    public bool ContainsAsStartsWith { get; init; }

    /// <summary>The filter-urn-path-ignored defect: a comparison on a URN-qualified path is dropped (treated as true).</summary>
    public bool UrnPathIgnored { get; init; }

    /// <summary>The datetime-compared-as-text defect: the dateTime operand is compared as sent, as text, without bringing it to UTC.</summary>
    public bool DateTimeAsText { get; init; }

    /// <summary>The username-unprepared defect: a literal compared without regard to case is case-folded but not normalised to NFC.</summary>
    public bool UnpreparedLiterals { get; init; }

    /// <summary>The filter-pr-matches-empty switch: pr also matches an empty string.</summary>
    public bool PresenceMatchesEmpty { get; init; }

    /// <summary>
    /// A query over several resource types (RFC 7644 section 3.4.2.1): an attribute the type lacks has no
    /// value, instead of making the filter invalid.
    /// </summary>
    public bool UnknownAttributesAbsent { get; init; }
}
