namespace ScimConformance.Tests.Runner;

/// <summary>
/// Source of a suite whose failing checks say which attribute their verdicts are about (Verify.About), or do not.
/// Compiled at test time (see <see cref="SampleSuite.About"/>).
/// </summary>
internal static class AboutSuiteSource
{
    public const string Code = """
        using NUnit.Framework;
        using ScimConformance.Authoring;

        namespace About.Suite;

        [TestFixture]
        public sealed class Subjects
        {
            [Test]
            [ScimTest("ABT-001", "fails about active", "Sample", Severity.Low, "R7644-3.5.2-01", Remediation = "-")]
            public void About_active()
            {
                Verify.About("User", "active");
                Verify.That(false, "R7644-3.5.2-01", "active was not stored");
            }

            [Test]
            [ScimTest("ABT-002", "the attribute in force at the failing verdict counts", "Sample", Severity.Low, "R7644-3.5.2-01", Remediation = "-")]
            public void Later_attribute()
            {
                Verify.About("User", "emails");
                Verify.That(true, "R7644-3.5.2-01", "emails were stored");
                Verify.About("Group", "members");
                Verify.That(false, "R7644-3.5.2-01", "members were not stored");
            }

            [Test]
            [ScimTest("ABT-003", "names no attribute", "Sample", Severity.Low, "R7644-3.5.2-01", Remediation = "-")]
            public void No_attribute() => Verify.That(false, "R7644-3.5.2-01", "the PATCH was not applied");

            [Test]
            [ScimTest("ABT-004", "passes about an attribute", "Sample", Severity.Low, "R7644-3.5.2-01", Remediation = "-")]
            public void Passing()
            {
                Verify.About("User", "active");
                Verify.That(true, "R7644-3.5.2-01", "active was stored");
            }
        }
        """;
}
