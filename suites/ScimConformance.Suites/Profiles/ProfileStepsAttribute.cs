using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;
using ScimConformance.Core.Authoring;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// Builds one NUnit test per step of the profile its fixture replays (the fixture's argument is the
/// profile name), with the metadata <see cref="ScimTestAttribute"/> would set plus scim.provider,
/// scim.step and scim.confidence for the compatibility matrix. Tests keep file order.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProfileStepsAttribute : NUnitAttribute, ITestBuilder
{
    private readonly NUnitTestCaseBuilder _builder = new();

    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        var name = suite?.Arguments is [string provider, ..] ? provider : null;
        if (name is null) yield break;
        var profile = ProfileCatalog.Get(name);
        foreach (var step in profile.Steps)
        {
            var id = profile.CheckId(step.Index);
            var parameters = new TestCaseParameters([step.Index]) { TestName = $"{id} {step.Step} [{step.Variant}]" };
            var test = _builder.BuildTestMethod(method, suite, parameters);
            var title = $"{profile.Name}: {step.Step} [{step.Variant}]";
            var severity = step.Confidence switch { "high" => Severity.High, "medium" => Severity.Medium, _ => Severity.Low };
            test.Properties.Set(TestProperties.Id, id);
            test.Properties.Set(TestProperties.Title, title);
            test.Properties.Set(TestProperties.Area, Areas.Profiles);
            test.Properties.Set(TestProperties.Severity, severity.ToString().ToLowerInvariant());
            test.Properties.Set(TestProperties.Remediation, Remediation(profile, step));
            test.Properties.Set(TestProperties.Provider, profile.Name);
            test.Properties.Set(TestProperties.Step, step.Step);
            test.Properties.Set(TestProperties.Confidence, step.Confidence);
            foreach (var r in StepRequirements.Of(step)) test.Properties.Add(TestProperties.Requirement, r);
            test.Properties.Add(PropertyNames.Category, Areas.Profiles);
            test.Properties.Add(PropertyNames.Category, ProfileCatalog.CategoryOf(profile.Name));
            test.Properties.Set(PropertyNames.Description, title);
            test.Properties.Set(PropertyNames.Order, step.Index);
            yield return test;
        }
    }

    private static string Remediation(ProviderProfile profile, ProfileStep step)
    {
        if (step.Informational) return $"Nothing to send: {profile.Name} does not issue this request ({Short(step.Notes)}).";
        var statuses = string.Join(" or ", step.ExpectedStatus);
        return $"Accept {profile.Name}'s {step.Method} {step.Path} as sent and answer {statuses}. {Short(step.Notes)}".Trim();
    }

    private static string Short(string text) => text.Length <= 240 ? text : text[..240] + "...";
}
