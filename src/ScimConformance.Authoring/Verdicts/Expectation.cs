namespace ScimConformance.Authoring;

/// <summary>What a check expected and what it observed, short texts kept as fields beside the verdict's prose.</summary>
public sealed record Expectation(string Expected, string Observed);
