namespace ScimConformance.Core.Authoring;

/// <summary>Names of the NUnit test properties that <see cref="ScimTestAttribute"/> sets and the runner reads.</summary>
public static class TestProperties
{
    public const string Id = "scim.id";
    public const string Title = "scim.title";
    public const string Area = "scim.area";
    public const string Severity = "scim.severity";
    public const string Requirement = "scim.requirement";   // one value per id
    public const string Needs = "scim.needs";               // one value per capability
    public const string Remediation = "scim.remediation";
    public const string Mutates = "scim.mutates";           // "false" only on checks that never write; absent means true
    public const string Cwe = "scim.cwe";                   // e.g. "CWE-306" (security findings)

    // Identity-provider replay suites tag each check with the provider and the provisioning step it replays.
    public const string Provider = "scim.provider";         // e.g. "okta"
    public const string Step = "scim.step";                 // e.g. "user.deactivate"
    public const string Confidence = "scim.confidence";     // high | medium | low: how sure the replay is of the provider's real behaviour

    // Lifecycle checks add one value per step they observed while running (a JSON object, see Runner/Model/Timeline).
    public const string Timeline = "scim.timeline";
}
