using System.Text;

namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// Stable ids of generated cases: <c>ATT-&lt;resourceType&gt;-&lt;attribute&gt;-&lt;aspect&gt;</c>, for example
/// <c>ATT-User-title-roundtrip</c>, <c>ATT-User-emails.type-canonical</c>, and for an extension attribute its schema's
/// short name before a colon: <c>ATT-User-enterprise.employeeNumber-roundtrip</c>. The short name is the URN segment
/// before the version ("enterprise" in urn:ietf:params:scim:schemas:extension:enterprise:2.0:User); when two extensions
/// of one resource type share it, the whole URN is used, so an id never names two attributes.
/// </summary>
public static class AttributeCaseIds
{
    public const string Prefix = "ATT-";

    public static string Of(AttributeCase c) => $"{Prefix}{Safe(c.ResourceType.Name)}-{Label(c)}-{Suffix(c.Aspect)}";

    public static string Label(AttributeCase c)
    {
        var name = Safe(c.Attribute.Name) + (c.SubAttribute is null ? "" : "." + Safe(c.SubAttribute.Name));
        if (c.IsCore) return name;
        var shortName = ShortName(c.Schema.Id);
        var shared = c.ResourceType.Extensions.Count(e => string.Equals(ShortName(e.Schema), shortName, StringComparison.OrdinalIgnoreCase)) > 1;
        // A dot, not a colon: `--include` reads "word:" as a selection key (area:, requirement:...).
        return (shared ? Safe(c.Schema.Id) : shortName) + "." + name;
    }

    public static string Suffix(AttributeAspect aspect) => aspect switch
    {
        AttributeAspect.RoundTrip => "roundtrip",
        AttributeAspect.ReadOnlyIgnored => "readonly-ignored",
        AttributeAspect.Immutable => "immutable",
        AttributeAspect.NeverReturned => "never-returned",
        AttributeAspect.ReturnedAlways => "returned-always",
        AttributeAspect.ReturnedDefault => "returned-default",
        AttributeAspect.ReturnedRequest => "returned-request",
        AttributeAspect.Uniqueness => "uniqueness",
        AttributeAspect.CaseExact => "caseexact",
        AttributeAspect.Required => "required",
        AttributeAspect.Canonical => "canonical",
        _ => throw new ArgumentOutOfRangeException(nameof(aspect), aspect, null),
    };

    /// <summary>The segment before the version segment ("2.0"), else the second to last; the URN itself when it has neither.</summary>
    public static string ShortName(string urn)
    {
        var parts = urn.Split(':');
        var version = Array.FindLastIndex(parts, p => p.Length > 0 && p.All(ch => char.IsDigit(ch) || ch == '.') && p.Any(char.IsDigit));
        if (version > 0) return Safe(parts[version - 1]);
        return parts.Length >= 2 ? Safe(parts[^2]) : Safe(urn);
    }

    // Resource type names and URN segments come from the target: anything outside a plain id alphabet becomes '_'.
    private static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text) builder.Append(char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' ? ch : '_');
        return builder.Length == 0 ? "_" : builder.ToString();
    }
}
