namespace ScimConformance.Authoring;

/// <summary>The policy's decision on one answer, with the reason a report shows beside the exchange.</summary>
public sealed record ResponseDecision(VerdictKind Kind, ResponseClass Class, string Reason);
