namespace ScimConformance.Core.Filtering;

/// <summary>
/// The two readings RFC 7644 §3.4.2.2 leaves open for "ne" on a multi-valued attribute (docs/interpretations.md).
/// A server may follow either; it may not mix them within one run.
/// </summary>
public enum NeReading
{
    /// <summary>"matches if any of the values" differs: [a, b] ne a matches; a resource without values has none that differs.</summary>
    AnyValueDiffers,

    /// <summary>The negation of eq: no value equals the operand, so [a, b] ne a does not match and a resource without values does.</summary>
    NoValueEquals,
}
