using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary><see cref="RunResults.FixtureOf"/>: the reach probe groups checks by it, so a wrong fixture misplaces a switch's asks.</summary>
[TestFixture]
public sealed class FixtureNameTests
{
    [TestCase("ScimConformance.Suites.Users.UserCreateTests.Create_returns_201", "Users.UserCreateTests")]
    [TestCase("ScimConformance.Suites.Profiles.ProfileReplayTests(\"okta\").Step(\"a.b\") display text", "Profiles.ProfileReplayTests(\"okta\")")]
    [TestCase("ScimConformance.Suites.Fidelity.AttributeFidelityTests.ATT-User-title-roundtrip", "Fidelity.AttributeFidelityTests")]
    [TestCase("ScimConformance.Suites.Fidelity.AttributeFidelityTests.ATT-User-reference.badgeId-immutable", "Fidelity.AttributeFidelityTests")]
    public void The_fixture_ends_before_the_test_name(string fullName, string fixture) =>
        Assert.That(RunResults.FixtureOf(fullName), Is.EqualTo(fixture));
}
