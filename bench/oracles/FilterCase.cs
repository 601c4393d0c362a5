namespace ScimConformance.Bench.Oracles;

/// <summary>
/// A named filter. BenchmarkDotNet prints a parameter through ToString and truncates long values,
/// so the summary table shows the short name and the filter text stays readable here.
/// </summary>
public sealed record FilterCase(string Name, string Text)
{
    public static readonly FilterCase[] All =
    [
        new("eq", "userName eq \"user00042\""),
        new("sw", "userName sw \"user001\""),
        new("co", "displayName co \"sen\""),
        new("complex", "emails[type eq \"work\" and value co \"@\"]"),
        // "and" binds tighter than "or", and "not" applies to the parenthesised group only.
        new("precedence", "active eq false or title eq \"Engineer\" and not (name.familyName sw \"J\")"),
        new("date-gt", $"meta.lastModified gt \"{SyntheticUsers.Timestamp(SyntheticUsers.Epoch.AddMinutes(50))}\""),
        new("pr", "title pr"),
    ];

    public override string ToString() => Name;
}
