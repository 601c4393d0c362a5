namespace ScimConformance.Tests.Runner;

/// <summary>
/// Source of a suite whose checks come in pairs: two different checks (ids, requirements, wording) handed
/// byte-identical answers in the same role. The one outcome policy must end each pair the same. Compiled at
/// test time (see <see cref="SampleSuite.Verdicts"/>).
/// </summary>
internal static class VerdictSuiteSource
{
    public const string Code = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using NUnit.Framework;
        using ScimConformance.Authoring;
        using ScimConformance.Core.Http;

        namespace Verdict.Suite;

        public static class Answers
        {
            public static ScimResponse Make(int status, string body) => new(status,
                new List<KeyValuePair<string, string>> { new("Content-Type", "application/scim+json") }, body,
                new Uri("http://127.0.0.1/scim/v2/Users/.search"), TimeSpan.FromMilliseconds(3));

            public const string Refusal = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"400\",\"scimType\":\"invalidFilter\"}";
        }

        [TestFixture]
        public sealed class Pairs
        {
            [Test]
            [ScimTest("VRD-001", "a query check meets a 400", "Verdict", Severity.High, "R7644-3.4.2.2-01", Remediation = "-")]
            public void Query_refused() => _ = Responses.Subject(Answers.Make(400, Answers.Refusal), "R7644-3.4.2.2-01", "GET /Users?filter=userName eq \"a\"");

            [Test]
            [ScimTest("VRD-002", "a search check meets the same 400", "Verdict", Severity.Low, "R7644-3.4.3-01", Remediation = "-")]
            public void Search_refused() => _ = Responses.Subject(Answers.Make(400, Answers.Refusal), "R7644-3.4.3-01", "POST /Users/.search");

            [Test]
            [ScimTest("VRD-003", "a search check meets a 405", "Verdict", Severity.High, "R7644-3.4.3-01", Remediation = "-")]
            public void Search_absent() => _ = Responses.OptionalSubject(Answers.Make(405, ""), "R7644-3.4.3-01", "POST /Users/.search");

            [Test]
            [ScimTest("VRD-004", "a deprovisioning check meets the same 405", "Verdict", Severity.Critical, "R7644-3.4.3-03", Remediation = "-")]
            public void Deprovisioning_search_absent() => _ = Responses.OptionalSubject(Answers.Make(405, ""), "R7644-3.4.3-03", "POST /Users/.search for the deleted user");

            [Test]
            [ScimTest("VRD-005", "a read check's set-up meets a 500", "Verdict", Severity.Medium, "R7644-3.4.1-01", Remediation = "-")]
            public void Read_setup_broken() => Responses.SetUp(Answers.Make(500, "oops"), "creating the user to read");

            [Test]
            [ScimTest("VRD-006", "a password check's read meets the same 500", "Verdict", Severity.Critical, "R7643-7-01", Remediation = "-")]
            public void Password_read_broken() => Responses.SetUp(Answers.Make(500, "oops"), "GET of the created user");

            [Test]
            [ScimTest("VRD-007", "a SHOULD-level check meets a refusal", "Verdict", Severity.Low, "R7644-3.12-08", Remediation = "-")]
            public void Should_level_refusal()
            {
                if (!Responses.Subject(Answers.Make(400, Answers.Refusal), "R7644-3.12-08", "GET /Users/unknown")) return;
                Assert.Fail("reached the body check after a refusal");
            }

            [Test]
            [ScimTest("VRD-008", "a check gets no answer", "Verdict", Severity.Critical, "R7644-3.4.1-01", Remediation = "-")]
            public void No_answer() =>
                throw new ScimTransportException("GET http://127.0.0.1/scim/v2/Users: connection refused", new HttpRequestException("Connection refused (127.0.0.1:9)"));

            [Test]
            [ScimTest("VRD-009", "a check trips over its own bug", "Verdict", Severity.Low, "R7644-3.4.1-01", Remediation = "-")]
            public void Own_bug()
            {
                string? missing = null;
                _ = missing!.Length;
            }
        }
        """;
}
