using System.Text.Json;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>
/// Lets <c>emails eq "..."</c>, <c>emails.value eq "..."</c> and <c>emails[value eq "..."]</c> search the
/// <see cref="EmailValues"/> table: the lookup PingOne and Okta send to find a user by address would
/// otherwise open the emails of every user of the tenant.
/// <para>
/// As with <see cref="IndexedColumns"/>, the hint is a necessary condition ANDed before the exact JSON
/// predicate, never a replacement. The table holds folded values only, so the hint applies only where the
/// predicate folds too: emails.value is caseExact=false, but not under the filter-eq-case-sensitive defect.
/// </para>
/// </summary>
internal static class EmailIndex
{
    /// <summary>A condition on r.seq implied by a comparison on User emails at the root, or null when none applies.</summary>
    public static string? Hint(ResourceKind kind, AttributeRef reference, ComparisonFilter node, bool eqCaseSensitive, Func<object, string> parameter)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Extension is not null || !IsUserEmails(kind, reference.Attribute)) return null;
        var target = reference.SubAttribute ?? reference.Attribute.FindSub("value");
        return target?.Name == "value" ? ValueHint(target, node, eqCaseSensitive, parameter) : null;
    }

    /// <summary>A condition on r.seq implied by the inner filter of <c>emails[...]</c>, or null when none applies.</summary>
    public static string? ValuePathHint(ResourceKind kind, AttributeRef reference, FilterNode inner, bool eqCaseSensitive, Func<object, string> parameter)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Extension is not null || reference.SubAttribute is not null || !IsUserEmails(kind, reference.Attribute)) return null;
        return Necessary(reference.Attribute, inner, eqCaseSensitive, parameter);
    }

    // Every element that satisfies an "and" satisfies either side; one that satisfies an "or" satisfies one of
    // them, so both need a hint. Under "not" nothing is implied.
    private static string? Necessary(SchemaAttribute emails, FilterNode node, bool eqCaseSensitive, Func<object, string> parameter) => node switch
    {
        LogicalFilter { IsAnd: true } and => Necessary(emails, and.Left, eqCaseSensitive, parameter) ?? Necessary(emails, and.Right, eqCaseSensitive, parameter),
        LogicalFilter or => Necessary(emails, or.Left, eqCaseSensitive, parameter) is { } left && Necessary(emails, or.Right, eqCaseSensitive, parameter) is { } right
            ? $"({left} OR {right})"
            : null,
        ComparisonFilter comparison when emails.FindSub(comparison.AttributePath) is { Name: "value" } target => ValueHint(target, comparison, eqCaseSensitive, parameter),
        _ => null,
    };

    private static string? ValueHint(SchemaAttribute target, ComparisonFilter node, bool eqCaseSensitive, Func<object, string> parameter)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(parameter);
        if (node.IsPresence || node.ValueIsNull || node.Operator != "eq" || eqCaseSensitive) return null;
        if (target.CaseExact || target.Type != "string" || node.Value?.GetValueKind() != JsonValueKind.String) return null;
        var folded = ScimDatabase.Fold(node.Value.GetValue<string>())!;
        return $"r.seq IN (SELECT seq FROM email_values WHERE value_folded = {parameter(folded)})";
    }

    private static bool IsUserEmails(ResourceKind kind, SchemaAttribute attribute) =>
        kind.Name == "User" && attribute.Name == "emails" && attribute.MultiValued && attribute.IsComplex;
}
