namespace ScimConformance.Core.Catalog;

/// <summary>One row of spec/requirements.tsv or spec/practices.tsv.</summary>
public sealed record Requirement(string Id, string Source, string Section, string Level, string Area, string Testable, string Summary)
{
    /// <summary>MUST, MUST NOT, REQUIRED, SHALL: a deviation is a failure. Everything else is a warning.</summary>
    public bool IsMandatory => Level.StartsWith("MUST", StringComparison.Ordinal)
        || Level.StartsWith("REQUIRED", StringComparison.Ordinal)
        || Level.StartsWith("SHALL", StringComparison.Ordinal);
}
