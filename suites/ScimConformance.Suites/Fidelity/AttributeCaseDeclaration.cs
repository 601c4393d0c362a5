using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// What a generated case declares (<see cref="CheckInfo"/>): its title, the catalogue rows it may cite, the
/// capability it needs and what to do when it fails. The rows are all those the case's code can cite, since
/// Verify refuses an id the declaration lacks.
/// </summary>
public static class AttributeCaseDeclaration
{
    public const string Area = Areas.Schema;

    public static CheckInfo Of(AttributeCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var what = $"{c.ResourceType.Name} {c.Label}";
        return new CheckInfo
        {
            Id = c.Id,
            Title = c.Aspect switch
            {
                AttributeAspect.RoundTrip => $"{what} ({c.Attribute.Type}{(c.Attribute.MultiValued ? ", multi-valued" : "")}) round-trips on create, replace and patch",
                AttributeAspect.ReadOnlyIgnored => $"{what} (readOnly) is ignored on create",
                AttributeAspect.Immutable => $"{what} (immutable) cannot be changed once set",
                AttributeAspect.NeverReturned => $"{what} ({(c.Attribute.Mutability == "writeOnly" ? "writeOnly" : "returned never")}) is never returned",
                AttributeAspect.ReturnedAlways => $"{what} (returned always) comes back whatever attributes are asked for",
                AttributeAspect.ReturnedDefault => $"{what} (returned default) comes back unless other attributes are asked for or it is excluded",
                AttributeAspect.ReturnedRequest => $"{what} (returned request) comes back only when asked for",
                AttributeAspect.Uniqueness => $"{what} (uniqueness {c.Attribute.Uniqueness}) refuses a second resource with the same value",
                AttributeAspect.CaseExact => $"{what} (caseExact {(c.Attribute.CaseExact ? "true" : "false")}) is compared in filters as declared",
                AttributeAspect.Required => $"{what} (required) cannot be left out of a create",
                AttributeAspect.Canonical => $"{what} keeps or refuses a value outside its canonicalValues",
                _ => throw new ArgumentOutOfRangeException(nameof(c)),
            },
            Area = Area,
            Severity = c.Aspect is AttributeAspect.Immutable or AttributeAspect.NeverReturned or AttributeAspect.Uniqueness ? Severity.High : Severity.Medium,
            Requirements = Requirements(c),
            Needs = c.Aspect == AttributeAspect.CaseExact ? [Capability.Filter] : [],
            Remediation = Remediation(c),
        };
    }

    public static IReadOnlyList<string> Requirements(AttributeCase c) => Rows(c).Distinct(StringComparer.Ordinal).ToArray();

    private static string[] Rows(AttributeCase c) => c.Aspect switch
    {
        AttributeAspect.RoundTrip => ["R7643-2.3-02", "R7644-3.3-04", "R7644-3.5.1-02", "R7644-3.5.2.3-02", "R7643-7-09"],
        AttributeAspect.ReadOnlyIgnored => ["R7644-3.3-01"],
        AttributeAspect.Immutable => ["R7643-7-12", "R7644-3.5.1-04", "R7644-3.5.1-05", "R7644-3.5.2-01", "R7644-3.5.1-06", "R7644-3.5.2-02"],
        AttributeAspect.NeverReturned => [c.Attribute.Mutability == "writeOnly" ? "R7643-7-13" : "R7643-7-15"],
        AttributeAspect.ReturnedAlways => ["R7643-7-14", "R7644-3.4.2.5-02"],
        AttributeAspect.ReturnedDefault => ["R7643-7-16", "R7644-3.9-02"],
        AttributeAspect.ReturnedRequest => ["R7643-7-17", "R7644-3.4-01"],
        AttributeAspect.Uniqueness => [UniquenessRow(c), "R7644-3.3-07"],
        AttributeAspect.CaseExact => ["R7643-7-08"],
        AttributeAspect.Required => [RequiredRow(c), "R7644-3.12-14"],
        AttributeAspect.Canonical => ["R7643-2.3.1-01", "R7644-3.12-14"],
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    /// <summary>userName's uniqueness is a MUST (RFC 7643 §4.1.1); any other server-unique attribute's a SHOULD (§7).</summary>
    public static string UniquenessRow(AttributeCase c) => IsUserName(c) ? "R7643-4.1.1-02" : "R7643-7-19";

    /// <summary>
    /// userName and Group displayName are required by RFC 7643 §4.1.1 and §4.2 (MUST); a required attribute of a required
    /// extension by §6 (MUST); any other required attribute only by the advice of RFC 7644 §3.12 (400 invalidValue, SHOULD).
    /// </summary>
    public static string RequiredRow(AttributeCase c)
    {
        if (IsUserName(c)) return "R7643-4.1.1-01";
        if (c.IsCore && string.Equals(c.ResourceType.Name, "Group", StringComparison.OrdinalIgnoreCase)
            && string.Equals(c.Attribute.Name, "displayName", StringComparison.OrdinalIgnoreCase)) return "R7643-4.2-01";
        var extension = c.ResourceType.Extensions.FirstOrDefault(e => string.Equals(e.Schema, c.Schema.Id, StringComparison.OrdinalIgnoreCase));
        return extension is { Required: true } ? "R7643-6-06" : "R7644-3.12-14";
    }

    private static bool IsUserName(AttributeCase c) => c.IsCore && string.Equals(c.ResourceType.Name, "User", StringComparison.OrdinalIgnoreCase)
        && string.Equals(c.Attribute.Name, "userName", StringComparison.OrdinalIgnoreCase);

    private static string Remediation(AttributeCase c) => c.Aspect switch
    {
        AttributeAspect.RoundTrip => $"Store {c.Path} as sent, as a {c.Attribute.Type}, and return it unchanged after POST, PUT and PATCH, or stop declaring it in /Schemas.",
        AttributeAspect.ReadOnlyIgnored => $"Ignore a client's value for the readOnly {c.Path} on create (RFC 7644 §3.3) and keep the server's.",
        AttributeAspect.Immutable => $"Refuse a PUT or PATCH that changes {c.Path} once it has a value with 400 and scimType mutability (RFC 7644 §3.5.1, §3.5.2).",
        AttributeAspect.NeverReturned => $"Never return {c.Path} in any response, whatever attributes= asks for (RFC 7643 §7).",
        AttributeAspect.ReturnedAlways => $"Return {c.Path} in every response, even when attributes= names other attributes or excludedAttributes names it (RFC 7643 §7).",
        AttributeAspect.ReturnedDefault => $"Return {c.Path} by default and leave it out when attributes= names only other attributes or excludedAttributes names it (RFC 7644 §3.9).",
        AttributeAspect.ReturnedRequest => $"Return {c.Path} only when attributes= names it (or a write specified it), as its returned=request declares (RFC 7643 §7).",
        AttributeAspect.Uniqueness => $"Refuse a create that repeats another resource's {c.Path} with 409 and scimType uniqueness (RFC 7644 §3.3), or declare uniqueness none.",
        AttributeAspect.CaseExact => $"Compare {c.Path} in filters {(c.Attribute.CaseExact ? "case-sensitively" : "case-insensitively")}, as its caseExact declares (RFC 7643 §7).",
        AttributeAspect.Required => $"Refuse a create without the required {c.Path} with 400 and scimType invalidValue (RFC 7644 §3.12), or declare it required false.",
        AttributeAspect.Canonical => $"Keep a value of {c.Path} outside canonicalValues as sent, or refuse it with 400 invalidValue; never store another value in its place.",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };
}
