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

    /// <summary>The longest a remediation may be: it is one line under the check, not the provider's documentation.</summary>
    public const int MaxRemediationChars = 240;

    /// <summary>
    /// What to do, with as many whole sentences of the provider's notes as fit in <see cref="MaxRemediationChars"/>
    /// (never a cut word: the notes are whole in the failure message). Placeholders read as {name}.
    /// </summary>
    private static string Remediation(ProviderProfile profile, ProfileStep step)
    {
        if (step.Informational) return Fit($"Nothing to send: {profile.Name} does not issue this request.", step.Notes);
        var statuses = string.Join(" or ", step.ExpectedStatus);
        return Fit($"Accept {profile.Name}'s {step.Method} {ReplayValues.Template(step.Path!)} as sent and answer {statuses}.", step.Notes);
    }

    private static string Fit(string lead, string notes)
    {
        var text = lead;
        foreach (var sentence in Sentences(ReplayValues.Template(notes)))
        {
            if (text.Length + 1 + sentence.Length > MaxRemediationChars) break;
            text += " " + sentence;
        }
        return text;
    }

    /// <summary>Whole sentences: a full stop, question or exclamation mark followed by a space ends one; a trailing fragment is dropped.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || (i + 1 < text.Length && text[i + 1] != ' ')) continue;
            yield return text[start..(i + 1)].Trim();
            start = i + 1;
        }
    }
}
