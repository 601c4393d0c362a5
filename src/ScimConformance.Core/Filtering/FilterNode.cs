using System.Text.Json.Nodes;

namespace ScimConformance.Core.Filtering;

/// <summary>A parsed SCIM filter (RFC 7644 §3.4.2.2). Immutable; structural equality compares literals by their JSON text.</summary>
public abstract record FilterNode
{
    // Sealed so that the records below print as filters instead of synthesising member dumps.
    public sealed override string ToString() => FilterFormatter.ToString(this);
}

/// <summary>attrPath op value, e.g. <c>userName eq "bjensen"</c>. <see cref="Value"/> is null for the JSON literal null.</summary>
public sealed record Comparison(AttributePath Path, ComparisonOperator Operator, JsonValue? Value) : FilterNode
{
    // JsonValue compares by reference; two parses of the same filter must be equal, so literals compare by their JSON text.
    public bool Equals(Comparison? other) =>
        other is not null && Path == other.Path && Operator == other.Operator && LiteralText(Value) == LiteralText(other.Value);

    public override int GetHashCode() => HashCode.Combine(Path, Operator, LiteralText(Value));

    internal static string LiteralText(JsonValue? value) => value?.ToJsonString() ?? "null";
}

/// <summary>attrPath pr.</summary>
public sealed record Presence(AttributePath Path) : FilterNode;

public sealed record And(FilterNode Left, FilterNode Right) : FilterNode;

public sealed record Or(FilterNode Left, FilterNode Right) : FilterNode;

public sealed record Not(FilterNode Inner) : FilterNode;

/// <summary>attrPath[valFilter]: every condition of <see cref="Filter"/> must hold on the same element of <see cref="Path"/>.</summary>
public sealed record ValuePath(AttributePath Path, FilterNode Filter) : FilterNode;
