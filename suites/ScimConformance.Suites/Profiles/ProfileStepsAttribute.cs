using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// Builds one NUnit test per step of the profile its fixture replays (the fixture's argument is the
/// profile name), declared through <see cref="CheckInfo"/> like every check, with the provider, step and
/// confidence the compatibility matrix reads. Tests keep file order.
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
            new CheckInfo
            {
                Id = id,
                Title = $"{profile.Name}: {step.Step} [{step.Variant}]",
                Area = Areas.Profiles,
                Severity = step.Confidence switch { "high" => Severity.High, "medium" => Severity.Medium, _ => Severity.Low },
                Requirements = StepRequirements.Of(step),
                Remediation = Remediation(profile, step),
                Provider = profile.Name,
                Step = step.Step,
                Confidence = Enum.TryParse<StepConfidence>(step.Confidence, ignoreCase: true, out var confidence) && Enum.IsDefined(confidence) ? confidence : null,
            }.ApplyTo(test);
            test.Properties.Add(PropertyNames.Category, ProfileCatalog.CategoryOf(profile.Name));
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
