namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// The email_values side table: one row per emails[*].value of each User, folded, so that an identity
/// provider's <c>emails eq "..."</c> searches an index instead of opening every user's JSON.
/// <para>
/// The filter hint built on it (<see cref="Filtering.EmailIndex"/>) is only a necessary condition, so the
/// table must hold every value the JSON predicate could match. On open the rows are therefore derived in
/// SQL with the predicate's own expression, <c>scim_fold(json_extract(element, '$."value"'))</c>, over the
/// same <c>json_each</c>, so any value the predicate can see in a file, of whatever JSON type, is in the table.
/// </para>
/// </summary>
internal static class EmailValues
{
    /// <summary>The table, of the one resource type with emails.</summary>
    public static SideTable Table { get; } = new("User", "email_values", "value_folded", "ix_email_values_value", "emails", folded: true);
}
