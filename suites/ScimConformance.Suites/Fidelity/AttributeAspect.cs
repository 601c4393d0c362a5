namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// The characteristics a generated attribute case checks (RFC 7643 §2.2 and §7). The value is the last part of the
/// case id (<c>ATT-User-title-roundtrip</c>), so ids stay stable as long as the target declares the attribute.
/// </summary>
public enum AttributeAspect
{
    /// <summary>A value of the declared type comes back as sent after create, replace (PUT) and PATCH.</summary>
    RoundTrip,
    /// <summary>readOnly: a value sent on create is ignored.</summary>
    ReadOnlyIgnored,
    /// <summary>immutable: set once, then a change by PUT or PATCH is refused (400 mutability) and the value stays.</summary>
    Immutable,
    /// <summary>writeOnly or returned=never: the value never appears in a response.</summary>
    NeverReturned,
    /// <summary>returned=always: present even when attributes= names another attribute, or excludedAttributes names it.</summary>
    ReturnedAlways,
    /// <summary>returned=default: present by default, absent when attributes= names another attribute or excludedAttributes names it.</summary>
    ReturnedDefault,
    /// <summary>returned=request: absent unless attributes= names it.</summary>
    ReturnedRequest,
    /// <summary>uniqueness=server or global: a second resource with the same value is refused with 409 uniqueness.</summary>
    Uniqueness,
    /// <summary>caseExact: an eq filter with the value in another case matches only when caseExact is false.</summary>
    CaseExact,
    /// <summary>required: a create without the attribute is refused.</summary>
    Required,
    /// <summary>canonicalValues: a value outside the list is kept as sent or refused with invalidValue, never rewritten.</summary>
    Canonical,
}
