using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace ScimConformance.Core.Authoring;

/// <summary>
/// Marks an NUnit test as a conformance check and carries its metadata: a stable id, title, area,
/// severity, the catalogue ids it checks, the capabilities it needs, and a one-line remediation.
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
    /// <summary>Capabilities (see <see cref="Capability"/>) the endpoint must advertise for the test to run.</summary>
    public string[] Needs { get; set; } = [];
    public string Remediation { get; set; } = "";
    /// <summary>
    /// Whether the check may send POST, PUT, PATCH or DELETE. True unless the author states otherwise, so a new check
    /// never slips into a --read-only run by accident; set false only on checks that just read (GET).
    /// </summary>
    public bool Mutates { get; set; } = true;

    /// <summary>The CWE the finding maps to, e.g. "CWE-306"; empty when none fits.</summary>
    public string Cwe { get; set; } = "";

    public void ApplyToTest(Test test)
    {
        test.Properties.Set(TestProperties.Id, Id);
        test.Properties.Set(TestProperties.Title, Title);
        test.Properties.Set(TestProperties.Area, Area);
        test.Properties.Set(TestProperties.Severity, Severity.ToString().ToLowerInvariant());
        test.Properties.Set(TestProperties.Remediation, Remediation);
        test.Properties.Set(TestProperties.Mutates, Mutates ? "true" : "false");
        if (Cwe.Length > 0) test.Properties.Set(TestProperties.Cwe, Cwe);
        foreach (var r in Requirements) test.Properties.Add(TestProperties.Requirement, r);
        foreach (var n in Needs) test.Properties.Add(TestProperties.Needs, n);
        test.Properties.Add(PropertyNames.Category, Area);
        test.Properties.Set(PropertyNames.Description, Title);
    }
}
