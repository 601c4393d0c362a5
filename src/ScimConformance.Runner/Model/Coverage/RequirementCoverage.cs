namespace ScimConformance.Runner.Model.Coverage;

/// <summary>One catalogue requirement's coverage in this run.</summary>
public sealed record RequirementCoverage(string Id, CoverageStatus Status);
