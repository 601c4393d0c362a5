namespace ScimConformance.Authoring;

/// <summary>
/// How faithfully an identity-provider replay reproduces what the provider really sends. Only a failed
/// high-confidence step makes a provider incompatible; a failed medium or low one leaves it unconfirmed.
/// </summary>
public enum StepConfidence
{
    High,
    Medium,
    Low,
}
