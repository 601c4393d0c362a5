namespace ScimConformance.Core.Filtering;

/// <summary>The attribute operators of RFC 7644 §3.4.2.2 Table 3 that take a comparison value ("pr" is <see cref="Presence"/>).</summary>
public enum ComparisonOperator
{
    Eq,
    Ne,
    Co,
    Sw,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
}
