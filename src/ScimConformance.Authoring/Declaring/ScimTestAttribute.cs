using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace ScimConformance.Authoring;

/// <summary>
/// Marks an NUnit test as a conformance check and declares it (see <see cref="CheckInfo"/>): a stable id,
/// title, area, severity, the catalogue ids it checks, the capabilities it needs, and a one-line remediation.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ScimTestAttribute : NUnitAttribute, IApplyToTest
{
    public ScimTestAttribute(string id, string title, string area, Severity severity, params string[] requirements)
    {
        Id = id;
        Title = title;
        Area = area;
        Severity = severity;
        Requirements = requirements;
    }

    public string Id { get; }
    public string Title { get; }
    public string Area { get; }
    public Severity Severity { get; }
    public IReadOnlyList<string> Requirements { get; }
    /// <summary>Capabilities (see Core.Discovery.Capability) the endpoint must advertise for the test to run.</summary>
    public string[] Needs { get; set; } = [];
    public string Remediation { get; set; } = "";
    /// <summary>
    /// Whether the check may send POST, PUT, PATCH or DELETE. True unless the author states otherwise, so a new check
    /// never slips into a --read-only run by accident; set false only on checks that just read (GET).
    /// </summary>
    public bool Mutates { get; set; } = true;

    /// <summary>The CWE the finding maps to, e.g. "CWE-306"; empty when none fits.</summary>
    public string Cwe { get; set; } = "";

    /// <summary>The declaration this attribute makes.</summary>
    public CheckInfo Check => new()
    {
        Id = Id,
        Title = Title,
        Area = Area,
        Severity = Severity,
        Requirements = Requirements,
        Needs = Needs,
        Remediation = Remediation,
        Cwe = Cwe.Length > 0 ? Cwe : null,
        Mutates = Mutates,
    };

    public void ApplyToTest(Test test) => Check.ApplyTo(test);
}
