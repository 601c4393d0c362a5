using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Runner.Execution;

namespace ScimConformance.Tests.Runner;

/// <summary>The one outcome policy's table: each response class in each role, and exception text reduced for people.</summary>
[TestFixture]
public sealed class ResponsePolicyTests
{
    [TestCase(200, ExchangeRole.Subject, VerdictKind.Proceed)]
    [TestCase(204, ExchangeRole.SetUp, VerdictKind.Proceed)]
    [TestCase(400, ExchangeRole.Subject, VerdictKind.Deviation)]
    [TestCase(409, ExchangeRole.Subject, VerdictKind.Deviation)]
    [TestCase(500, ExchangeRole.Subject, VerdictKind.Deviation)]
    [TestCase(302, ExchangeRole.Subject, VerdictKind.Deviation)]
    [TestCase(404, ExchangeRole.Subject, VerdictKind.Deviation)]
    [TestCase(405, ExchangeRole.Subject, VerdictKind.Deviation)]
    [TestCase(501, ExchangeRole.Subject, VerdictKind.Deviation)]
    [TestCase(404, ExchangeRole.OptionalSubject, VerdictKind.Skip)]
    [TestCase(405, ExchangeRole.OptionalSubject, VerdictKind.Skip)]
    [TestCase(501, ExchangeRole.OptionalSubject, VerdictKind.Skip)]
    [TestCase(400, ExchangeRole.OptionalSubject, VerdictKind.Deviation)]
    [TestCase(500, ExchangeRole.OptionalSubject, VerdictKind.Deviation)]
    [TestCase(401, ExchangeRole.Subject, VerdictKind.Error)]
    [TestCase(403, ExchangeRole.OptionalSubject, VerdictKind.Error)]
    [TestCase(429, ExchangeRole.Subject, VerdictKind.Error)]
    [TestCase(400, ExchangeRole.SetUp, VerdictKind.Error)]
    [TestCase(404, ExchangeRole.SetUp, VerdictKind.Error)]
    [TestCase(500, ExchangeRole.SetUp, VerdictKind.Error)]
    [TestCase(405, ExchangeRole.OptionalSetUp, VerdictKind.Skip)]
    [TestCase(400, ExchangeRole.OptionalSetUp, VerdictKind.Error)]
    public void Each_class_in_each_role_has_one_outcome(int status, ExchangeRole role, VerdictKind expected) =>
        Assert.That(ResponsePolicy.Decide(status, role).Kind, Is.EqualTo(expected));

    [Test]
    public void Every_status_decides_the_same_whoever_asks()
    {
        foreach (var role in Enum.GetValues<ExchangeRole>())
            for (var status = 100; status < 600; status++)
                Assert.That(ResponsePolicy.Decide(status, role), Is.EqualTo(ResponsePolicy.Decide(status, role)), $"{status} as {role}");
    }

    [Test]
    public void A_skip_names_the_status_and_the_absent_feature() =>
        Assert.That(ResponsePolicy.Decide(405, ExchangeRole.OptionalSubject).Reason, Does.Contain("405").And.Contain("optional"));

    [Test]
    public void Exception_text_keeps_what_happened_and_drops_type_names_and_frames()
    {
        var nunit = "System.InvalidOperationException : the oracle met an operation it cannot apply\n"
            + "  ----> System.FormatException : 'x' is not a path\n"
            + "   at ScimConformance.Core.Patching.PatchOracle.Apply(JsonObject resource) in /src/PatchOracle.cs:line 12";
        Assert.That(ExceptionText.Clean(nunit),
            Is.EqualTo("the oracle met an operation it cannot apply ('x' is not a path)"));
    }

    [Test]
    public void A_transport_failure_keeps_its_own_message_without_the_socket_dump()
    {
        var nunit = "ScimConformance.Core.Http.ScimTransportException : POST http://127.0.0.1/Users failed: the connection was reset by the server\n"
            + "  ----> System.Net.Http.HttpRequestException : An error occurred while sending the request.\n"
            + "HttpRequestError: Unknown\nStatusCode: <null>\n  ----> System.Net.Sockets.SocketException : Connection reset by peer\nSocketErrorCode: ConnectionReset\nErrorCode: 104\n"
            + "   at ScimConformance.Core.Http.ScimClient.SendAsync(ScimRequest request) in /src/ScimClient.cs:line 12";
        Assert.That(ExceptionText.Clean(nunit), Is.EqualTo("POST http://127.0.0.1/Users failed: the connection was reset by the server"));
    }

    [Test]
    public void Frames_go_and_words_that_start_with_at_stay() =>
        Assert.That(ExceptionText.WithoutFrames("1) answered 400\n   at Verdict.Suite.Pairs.Check()\nat least one user (a) must match"),
            Is.EqualTo("1) answered 400\nat least one user (a) must match"));
}
