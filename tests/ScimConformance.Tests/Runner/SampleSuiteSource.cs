namespace ScimConformance.Tests.Runner;

/// <summary>
/// Source of a tiny suite assembly with one check per NUnit result the runner must map. It is compiled
/// at test time (see <see cref="SampleSuite"/>) so its deliberately failing checks never run as tests of
/// the harness itself.
/// </summary>
internal static class SampleSuiteSource
{
    public const string Code = """
        using System;
        using System.Collections.Generic;
        using NUnit.Framework;
        using ScimConformance.Authoring;
        using ScimConformance.Core.Http;

        namespace Sample.Suite;

        public static class SampleJournal
        {
            public static ExchangeJournal Journal { get; } = new();

            public static void Record(string url, string body) => Journal.Record(new Exchange
            {
                Method = "GET",
                Url = url,
                RequestHeaders = new List<KeyValuePair<string, string>> { new("Accept", "application/scim+json") },
                Status = 200,
                ResponseBody = body,
            });
        }

        [TestFixture]
        public sealed class Outcomes
        {
            [Test]
            [ScimTest("SMP-001", "passes", "Sample", Severity.Low, "R7644-3.3-01", Remediation = "nothing")]
            public void Passes() => SampleJournal.Record("http://127.0.0.1/scim/v2/Users", "{\"ok\":true}");

            [Test]
            [ScimTest("SMP-002", "fails an assertion", "Sample", Severity.High, "R7644-3.3-01", Remediation = "fix it")]
            public void Fails()
            {
                SampleJournal.Record("http://127.0.0.1/scim/v2/Users/1", "</script><script>alert(1)</script>");
                Assert.Fail("expected 201, got 200");
            }

            [Test]
            [ScimTest("SMP-003", "warns", "Sample", Severity.Medium, "R7644-3.3-01")]
            public void Warns() => Assert.Warn("SHOULD-level deviation");

            [Test]
            [ScimTest("SMP-004", "is skipped", "Sample", Severity.Low, "R7644-3.3-01")]
            public void Skips() => Assert.Ignore("the endpoint does not advertise 'patch'");

            [Test]
            [ScimTest("SMP-005", "throws", "Sample", Severity.Critical, "R7644-3.3-01")]
            public void Throws() => throw new ScimTransportException("connection refused");

            [Test]
            [ScimTest("SMP-006", "is inconclusive", "Sample", Severity.Low, "R7644-3.3-01")]
            public void Inconclusive() => Assert.Inconclusive("Harness could not decide: creating the user failed");

            [Test]
            public void Ordinary_nunit_test_without_metadata() { }
        }

        [TestFixture]
        public sealed class BrokenFixture
        {
            [OneTimeSetUp]
            public void SetUp() => Assert.Fail("fixture set-up asserted");

            [Test]
            [ScimTest("SMP-101", "inside a fixture whose set-up failed", "Broken", Severity.High, "R7644-3.3-01")]
            public void Never_really_runs() { }
        }

        [TestFixture]
        public sealed class ParameterEcho
        {
            [Test]
            [ScimTest("SMP-201", "sees the test parameters", "Sample", Severity.Info, "R7644-3.3-01")]
            public void Sees_parameters() =>
                Assert.That(TestContext.Parameters.Get("baseUrl"), Is.EqualTo("http://127.0.0.1:9/scim/v2"));
        }
        """;
}
