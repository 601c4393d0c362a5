using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>A node of a parsed filter (RFC 7644 section 3.4.2.2, Figure 1).</summary>
internal abstract record FilterNode;

/// <summary>"and" / "or" of two filters.</summary>
internal sealed record LogicalFilter(bool IsAnd, FilterNode Left, FilterNode Right) : FilterNode;

/// <summary>"not ( filter )".</summary>
internal sealed record NotFilter(FilterNode Inner) : FilterNode;

/// <summary>attrPath op compValue, or attrPath pr (then <see cref="Value"/> is null).</summary>
internal sealed record ComparisonFilter(string AttributePath, string Operator, JsonValue? Value, bool ValueIsNull) : FilterNode
{
    public bool IsPresence => Operator == "pr";
}

/// <summary>attrPath "[" valFilter "]": conditions that must hold for one and the same value.</summary>
internal sealed record ValuePathFilter(string AttributePath, FilterNode Inner) : FilterNode;
