using NUnit.Framework;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Selection;
using ScimConformance.Suites.Profiles;

namespace ScimConformance.Tests.Catalog;

/// <summary>
/// A remediation is one short, whole line: never over the limit, never cut (no trailing "..." or word fragment), and
/// never a {{placeholder}} of a profile (issue 15).
/// </summary>
[TestFixture]
public sealed class RemediationTextTests
{
    private static readonly IReadOnlyList<ScimConformance.Authoring.CheckInfo> Checks =
        NUnitSession.Explore([typeof(ScimConformance.Suites.RunSetUp).Assembly], TestSelection.All);

    [Test]
    public void Every_remediation_is_short_and_whole()
    {
        var tooLong = Checks.Where(c => c.Remediation.Length > ProfileStepsAttribute.MaxRemediationChars).Select(c => $"{c.Id} ({c.Remediation.Length})");
        var cut = Checks.Where(c => c.Remediation.Length > 0 && (c.Remediation.EndsWith("...", StringComparison.Ordinal) || !".!?)".Contains(c.Remediation[^1], StringComparison.Ordinal)))
            .Select(c => $"{c.Id}: ...{c.Remediation[Math.Max(0, c.Remediation.Length - 40)..]}");
        Assert.Multiple(() =>
        {
            Assert.That(tooLong, Is.Empty, $"remediations over {ProfileStepsAttribute.MaxRemediationChars} characters");
            Assert.That(cut, Is.Empty, "remediations that do not end a sentence");
        });
    }

    [Test]
    public void No_declaration_shows_a_placeholder()
    {
        Assert.That(Checks.Where(c => (c.Remediation + c.Title).Contains("{{", StringComparison.Ordinal)).Select(c => c.Id), Is.Empty);
    }

    [Test]
    public void A_profile_remediation_keeps_whole_sentences_of_long_notes()
    {
        var entra = Checks.Single(c => c.Id == "ENT-009");
        Assert.That(entra.Remediation, Does.StartWith("Accept entra-id's PATCH /Users/{id} as sent and answer 200 or 204."));
    }
}
