namespace ScimConformance.Authoring;

/// <summary>How much a failure of the check matters to someone connecting an identity provider.</summary>
public enum Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
}
