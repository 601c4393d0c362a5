namespace ScimConformance.Suites.Query;

/// <summary>Whether a filter's answer agrees with the oracle, the ids the oracle expected, and the reading that decided it (empty when only one applies).</summary>
public sealed record OracleVerdict(bool Agrees, IReadOnlySet<string> Expected, string Reading);
