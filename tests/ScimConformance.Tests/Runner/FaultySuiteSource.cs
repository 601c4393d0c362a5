namespace ScimConformance.Tests.Runner;

/// <summary>
/// Source of a suite whose checks cite requirements their declarations do not list: a bug in the suite, which the
/// harness reports as an error naming the check and the id, never as a verdict on the endpoint. Compiled at test
/// time (see <see cref="SampleSuite.Faulty"/>).
/// </summary>
internal static class FaultySuiteSource
{
    public const string Code = """
        using NUnit.Framework;
        using ScimConformance.Authoring;

        namespace Faulty.Suite;

        [TestFixture]
        public sealed class Citations
        {
            [Test]
            [ScimTest("BAD-001", "cites an undeclared id although its condition holds", "Faulty", Severity.Low, "R7644-3.3-01", Remediation = "-")]
            public void Undeclared_while_passing() => Verify.That(true, "R7644-3.6-04", "DELETE answered 204");

            [Test]
            [ScimTest("BAD-002", "cites an undeclared id where the endpoint deviates", "Faulty", Severity.Low, "R7644-3.3-01", Remediation = "-")]
            public void Undeclared_while_failing() => Verify.That(false, "R7644-3.6-04", "DELETE answered 200");

            [Test]
            [ScimTest("BAD-003", "cites an undeclared id at MUST level", "Faulty", Severity.Low, "R7644-3.3-01", Remediation = "-")]
            public void Undeclared_must() => Verify.Must(true, "R7644-3.6-04", "DELETE answered 204");

            [Test]
            [ScimTest("BAD-004", "cites an undeclared id at SHOULD level", "Faulty", Severity.Low, "R7644-3.3-01", Remediation = "-")]
            public void Undeclared_should() => Verify.Should(true, "R7644-3.6-04", "DELETE answered 204");

            [Test]
            [ScimTest("BAD-005", "cites what it declares", "Faulty", Severity.Low, "R7644-3.6-04", Remediation = "-")]
            public void Declared_while_failing() => Verify.That(false, "R7644-3.6-04", "DELETE answered 200");
        }
        """;
}
